using System.Globalization;
using System.Text.Json;
using Alerts.Bot.Assessment;
using Alerts.Bot.Dialogs;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Bot.Reports;

/// <summary>
/// Confirming, correcting or rejecting a submitted report: one policy for the grid worker's chat and the console.
/// Everything joins the caller's unit of work: the status change, the audit entry, on confirm the relapse-risk
/// assessment and its monitoring candidate, and the message telling the reporter.
/// </summary>
public sealed class ReportReview
{
    private readonly ReportStore _reports;
    private readonly ReviewRights _rights;
    private readonly PersonStore _people;
    private readonly HouseholdStatusReader _households;
    private readonly MonitoringCandidateStore _candidates;
    private readonly AuditStore _audit;
    private readonly NotificationStore _notifications;
    private readonly RiskThresholdsOptions _thresholds;
    private readonly ILogger<ReportReview> _logger;

    // Internal: its collaborators are the Bot's own; the Host resolves it from the container.
    internal ReportReview(ReportStore reports, ReviewRights rights, PersonStore people, HouseholdStatusReader households,
        MonitoringCandidateStore candidates, AuditStore audit, NotificationStore notifications,
        IOptions<RiskThresholdsOptions> thresholds, ILogger<ReportReview> logger)
    {
        (_reports, _rights, _people, _households, _candidates) = (reports, rights, people, households, candidates);
        (_audit, _notifications, _thresholds, _logger) = (audit, notifications, thresholds.Value, logger);
    }

    /// <param name="detail">The reason of a rejection, or the correction as the chat writes it ("房屋 倒塌").</param>
    public async Task<ReviewOutcome> ReviewAsync(UnitOfWork work, Reviewer reviewer, string number, ReviewAction action,
        string? detail, DateTimeOffset now, CancellationToken ct)
    {
        var report = await _reports.GetByNumberAsync(work.Connection, work.Transaction, number, ct);
        if (report is null || !await _rights.MayReviewAsync(work, reviewer, report.VillageCode, ct))
            return new ReviewOutcome(ReviewResult.NotFound, null);
        if (report.Status != "submitted") return new ReviewOutcome(ReviewResult.AlreadyReviewed, report);
        var text = detail?.Trim() ?? "";
        return action switch
        {
            ReviewAction.Confirm => await ConfirmAsync(work, reviewer, report, now, ct),
            ReviewAction.Reject => await RejectAsync(work, reviewer, report, text, now, ct),
            _ => await CorrectAsync(work, reviewer, report, text, now, ct),
        };
    }

    private async Task<ReviewOutcome> ConfirmAsync(UnitOfWork work, Reviewer reviewer, ReportRecord report, DateTimeOffset now,
        CancellationToken ct)
    {
        var (c, tx) = (work.Connection, work.Transaction);
        // The guarded update is the lock: a concurrent review that got there first leaves nothing to confirm.
        if (!await _reports.ReviewAsync(c, tx, report.Id, "confirmed", reviewer.PersonId, null, now, ct))
            return new ReviewOutcome(ReviewResult.AlreadyReviewed, report);
        await _audit.AppendAsync(c, tx, reviewer.Actor, "report_confirmed", $"report:{report.Number}", null, ct);
        var reporter = await _people.GetAsync(c, tx, report.ReporterId, ct);
        var assessment = RelapseRiskAssessor.Assess(ReportAnswers.Of(report),
            await _households.ReadAsync(c, tx, report.HouseholdId, reporter, ct), BeijingTime.Today(now), _thresholds);
        string? note = null;
        if (assessment.IsNewCandidate)
        {
            await _candidates.InsertAsync(c, tx, new MonitoringCandidateStore.Candidate(report.Id, report.HouseholdId,
                report.VillageCode, assessment.ObjectType!.Value.ToChinese(),
                JsonSerializer.Serialize(assessment.RiskTypes.Select(t => t.ToChinese()), DialogJson.Options), assessment.RedWarning,
                assessment.PerCapitaIncomeYuan is { } income ? (int)income : null, assessment.Explanation,
                assessment.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), now), ct);
            note = $"已列入防返贫监测候选（{assessment.ObjectType.Value.ToChinese()}，" +
                   $"{string.Join("、", assessment.RiskTypes.Select(t => t.ToChinese()))}），" +
                   $"请在{assessment.Deadline:M月d日}前完成认定。";
        }
        await _notifications.InsertAsync(c, tx, report.ReporterId, $"您报告的灾情（编号{report.Number}）网格员已上门核实。" +
            (assessment.IsNewCandidate ? "工作人员会尽快联系您，落实帮扶。" : "有困难请随时告诉我们。"), "report_confirmed", now, ct);
        BotLog.ReportReviewed(_logger, report.Number, "confirmed");
        return new ReviewOutcome(ReviewResult.Confirmed, report with { Status = "confirmed" }, CandidateNote: note);
    }

    private async Task<ReviewOutcome> RejectAsync(UnitOfWork work, Reviewer reviewer, ReportRecord report, string reason,
        DateTimeOffset now, CancellationToken ct)
    {
        if (reason.Length == 0) return new ReviewOutcome(ReviewResult.ReasonMissing, report);
        var (c, tx) = (work.Connection, work.Transaction);
        if (!await _reports.ReviewAsync(c, tx, report.Id, "rejected", reviewer.PersonId, reason, now, ct))
            return new ReviewOutcome(ReviewResult.AlreadyReviewed, report);
        await _audit.AppendAsync(c, tx, reviewer.Actor, "report_rejected", $"report:{report.Number}", reason, ct);
        await _notifications.InsertAsync(c, tx, report.ReporterId,
            $"您报告的灾情（编号{report.Number}）经网格员核实未通过，原因：{reason}。如有疑问回复“人工”。", "report_rejected", now, ct);
        BotLog.ReportReviewed(_logger, report.Number, "rejected");
        return new ReviewOutcome(ReviewResult.Rejected, report with { Status = "rejected", ReviewNote = reason });
    }

    private async Task<ReviewOutcome> CorrectAsync(UnitOfWork work, Reviewer reviewer, ReportRecord report, string text,
        DateTimeOffset now, CancellationToken ct)
    {
        if (ReportCorrection.Parse(text) is not { } correction) return new ReviewOutcome(ReviewResult.CorrectionNotUnderstood, report);
        var (c, tx) = (work.Connection, work.Transaction);
        if (!await _reports.CorrectAsync(c, tx, report.Id, correction.Field, correction.Value, now, ct))
            return new ReviewOutcome(ReviewResult.AlreadyReviewed, report);
        await _audit.AppendAsync(c, tx, reviewer.Actor, "report_corrected", $"report:{report.Number}",
            $"{correction.Field}={correction.Value}", ct);
        return new ReviewOutcome(ReviewResult.Corrected, report, CorrectionLabel: correction.Label);
    }
}
