using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Cases;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Microsoft.Extensions.Logging;

namespace Alerts.Bot.Reports;

/// <summary>
/// Confirming, correcting or rejecting a submitted report: one policy for the grid worker's chat and the console.
/// Everything joins the caller's unit of work: the status change, the audit entry, on confirm the relapse-risk
/// assessment and its monitoring candidate, the regrade of the report's incident, and the message telling the reporter.
/// </summary>
public sealed class ReportReview
{
    private readonly ReportStore _reports;
    private readonly ReviewRights _rights;
    private readonly CaseIntake _cases;
    private readonly AuditStore _audit;
    private readonly NotificationStore _notifications;
    private readonly ILogger<ReportReview> _logger;
    private readonly IncidentHooks _incidents;

    // Internal: its collaborators are the Bot's own; the Host resolves it from the container.
    internal ReportReview(ReportStore reports, ReviewRights rights, CaseIntake cases, AuditStore audit,
        NotificationStore notifications, IncidentHooks incidents, ILogger<ReportReview> logger)
    {
        _incidents = incidents;
        (_reports, _rights, _cases) = (reports, rights, cases);
        (_audit, _notifications, _logger) = (audit, notifications, logger);
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
        var intake = await _cases.TakeConfirmedReportAsync(work, report, reviewer.Actor, now, ct);
        await _incidents.ReportConfirmedAsync(work, report, now, ct);
        var assessment = intake.Assessment;
        string? note = null;
        if (intake.Opened)
        {
            var type = assessment.ObjectType is { } t ? t.ToChinese() : "对象类型待收入核实后确定";
            note = $"已列入防返贫监测候选（{type}，" +
                   $"{string.Join("、", assessment.RiskTypes.Select(r => r.ToChinese()))}），" +
                   $"请在{assessment.Deadline:M月d日}前完成认定。";
        }
        await _notifications.InsertAsync(c, tx, report.ReporterId, $"您报告的灾情（编号{report.Number}）网格员已上门核实。" +
            (intake.CaseId is not null ? "工作人员会尽快联系您，落实帮扶。" : "有困难请随时告诉我们。"), "report_confirmed", now, ct);
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
