using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Identity.Linking;

namespace Alerts.Bot.Enrolment;

/// <summary>The 6-digit code sent by SMS, typed any way ("123 456", full-width digits, "验证码123456").</summary>
internal sealed class CodePrompt : Prompt<string>
{
    public const string DialogId = "prompt.code";

    public override string Id => DialogId;

    protected override string? Recognize(DialogContext dc, PromptOptions options) => LinkCodes.Parse(dc.Turn.Text);
}
