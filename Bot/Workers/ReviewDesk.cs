using Alerts.Bot.Dialogs;
using Alerts.Bot.Reports;
using Alerts.Store.Database;
using Alerts.Store.People;
using Alerts.Store.Reports;

namespace Alerts.Bot.Workers;

/// <summary>
/// A grid worker's side in the chat: the list of reports waiting for a visit, and confirming, correcting or rejecting
/// one through <see cref="ReportReview"/> (the policy the console uses too); this class only words the answers.
/// </summary>
internal sealed class ReviewDesk(ReportStore reports, PersonStore people, HouseholdCard cards, ReportReview review)
{
    private const int ListLimit = 10;

    public async Task ListPendingAsync(TurnContext turn, CancellationToken ct)
    {
        var pending = await reports.PendingForWorkerAsync(turn.Connection, turn.Transaction, turn.Person!.Id, ListLimit, ct);
        if (pending.Count == 0)
        {
            turn.Say("目前没有待核实的报告。");
            return;
        }
        var lines = new List<string>();
        foreach (var r in pending)
            lines.Add($"{r.Number} {ReportLabels.Hazard(r.Hazard)}，{ReportDetails.Brief(r)}（{BeijingTime.Of(r.CreatedUtc):MM-dd HH:mm}）\n  " +
                      await WhoAsync(turn, r, ct));
        turn.Say("待核实（从早到晚）：\n" + string.Join("\n", lines) + "\n核实后回复“确认 编号”，不属实回复“驳回 编号 原因”。");
    }

    /// <summary>The household to visit: the reporter's card, and the neighbour's household they spoke for.</summary>
    private async Task<string> WhoAsync(TurnContext turn, ReportRecord r, CancellationToken ct)
    {
        var reporter = await people.GetAsync(turn.Connection, turn.Transaction, r.ReporterId, ct);
        var card = reporter is null ? "" : await cards.OfAsync(turn, reporter, ct);
        return r.ForNeighbour ? $"{card}替{r.SubjectName}家报" : card;
    }

    public async Task HandleAsync(TurnContext turn, ReviewCommand command, CancellationToken ct)
    {
        var outcome = await review.ReviewAsync(turn.Work, Reviewer.GridWorker(turn.Person!), command.Number, command.Action,
            command.Rest, turn.Now, ct);
        var n = command.Number;
        turn.Say(outcome.Result switch
        {
            ReviewResult.NotFound => $"没有找到您网格内编号{n}的报告。回复“待核实”查看列表。",
            ReviewResult.AlreadyReviewed => $"报告{n}已经处理过了（{ReportLabels.Status(outcome.Report!.Status)}）。",
            ReviewResult.Confirmed => $"已确认报告{n}。{outcome.CandidateNote}",
            ReviewResult.Rejected => $"已驳回报告{n}。",
            ReviewResult.ReasonMissing => $"请写上原因，比如：驳回 {n} 房屋没有损坏",
            ReviewResult.Corrected => $"已修改报告{n}：{outcome.CorrectionLabel}。核实无误请回复“确认 {n}”。",
            _ => $"请这样写：修改 {n} 房屋 倒塌（可改：{string.Join("、", ReportCorrection.FieldWords)}）",
        });
    }
}
