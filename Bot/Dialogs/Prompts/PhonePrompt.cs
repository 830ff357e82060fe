using Alerts.Channels.Messages;

namespace Alerts.Bot.Dialogs.Prompts;

/// <summary>A mainland mobile number typed any way (138 1234 5678, 138-1234-5678, +86 138…), as E.164.</summary>
public sealed class PhonePrompt : Prompt<string>
{
    public const string DialogId = "prompt.phone";

    public override string Id => DialogId;

    protected override string? Recognize(DialogContext dc, PromptOptions options) => MainlandPhone.Parse(dc.Turn.Text);
}
