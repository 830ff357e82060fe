using Alerts.Bot.Language;

namespace Alerts.Bot.Dialogs.Prompts;

/// <summary>A whole number said any way people say it: 5000, 五千, 一万五, 两千多, 没有 (0).</summary>
public sealed class NumberPrompt : Prompt<long?>
{
    public const string DialogId = "prompt.number";

    public override string Id => DialogId;

    protected override long? Recognize(DialogContext dc, PromptOptions options) =>
        NumberRecognizer.Recognize(dc.Turn.Text) is { } n && n >= 0 ? n : null;
}
