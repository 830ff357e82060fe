using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// The report's summary, "对吗？": yes files it; no, or words that change something ("不对 房子没倒完", "改一下 灾害是
/// 暴雨", "灾害是暴雨"), complete with <see cref="Change"/> so the dialog can change just that.
/// </summary>
internal sealed class SummaryPrompt : Prompt<string>
{
    public const string DialogId = "prompt.summary";
    public const string Yes = "yes";
    public const string Change = "change";

    private static readonly string[] ChangeWords = ["不对", "不是", "错", "改", "更正", "重填", "弄错"];

    public override string Id => DialogId;

    protected override string? Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Text;
        if (ChangeWords.Any(w => text.Contains(w, StringComparison.Ordinal))) return Change;
        return YesNoRecognizer.Recognize(text, numbered: true) switch
        {
            YesNo.Yes => Yes,
            YesNo.No => Change,
            _ => ReportRevision.Mentions(text) ? Change : null,
        };
    }

    protected override string Render(DialogContext dc, PromptOptions options) => options.Text + "\n1 对\n2 不对，要改";
}
