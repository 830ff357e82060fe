namespace Alerts.Bot.Dialogs.Prompts;

/// <summary>Any non-empty text, up to a sane length (a name, a reason).</summary>
public sealed class TextPrompt : Prompt<string>
{
    public const string DialogId = "prompt.text";
    private const int MaxLength = 200;

    public override string Id => DialogId;

    protected override string? Recognize(DialogContext dc, PromptOptions options) =>
        dc.Turn.Text is { Length: > 0 and <= MaxLength } text ? text : null;
}
