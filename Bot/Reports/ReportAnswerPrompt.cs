using System.Text;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// One report question, answered in the person's own words (<see cref="ReportAnswerReader"/>) or by number.
/// Completes with the <see cref="ReportFacts"/> the answer gives. An answer it does not understand is asked again in
/// other words with the closest options; after three it offers 人工 and keeps waiting, so the draft is never lost
/// to a misunderstanding.
/// </summary>
internal sealed class ReportAnswerPrompt : Prompt<ReportFacts>
{
    public const string DialogId = "prompt.report-answer";
    internal const string OfferHuman = "还是没看懂，不要紧，您填的内容都留着。回复“人工”请网格员来帮您，或者再说一遍：";

    public override string Id => DialogId;

    protected override ReportFacts? Recognize(DialogContext dc, PromptOptions options) =>
        ReportAnswerReader.Read(options, dc.Turn.Text);

    protected override string Render(DialogContext dc, PromptOptions options) =>
        options.Key is "livestock" or "labour" ? options.Text + "\n1 是\n2 否" : ChoicePrompt.Menu(options);

    protected override DialogTurnResult NotUnderstood(DialogContext dc, PromptState state, PromptOptions options)
    {
        var closest = ReportAnswerReader.Closest(options, dc.Turn.Text);
        var text = new StringBuilder();
        if (state.Attempts >= options.MaxAttempts) text.Append(OfferHuman).Append('\n');
        else if (options.RetryHint is not null) text.Append(options.RetryHint).Append('\n');

        if (closest.Count > 0 && closest.Count < options.Choices.Count)
        {
            text.Append("您是说：");
            text.AppendJoin("，还是", closest.Select(i => $"{i + 1} {options.Choices[i].Label}"));
            text.Append("？回复数字就行。");
        }
        else
        {
            text.Append(Render(dc, options));
        }

        dc.Turn.Say(text.ToString());
        return DialogTurnResult.Waiting;
    }
}
