using System.Data.Common;
using System.Text.Json;
using Alerts.Incidents.Core;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Incidents.Upward;

/// <summary>
/// What the county records about its report up (art. 35): edits to the draft before sending, that it was sent (how, the
/// text actually sent, by whom, now) and that the municipality acknowledged it (whom they named). Officials of the
/// incident's county or above only; an incident outside the caller's jurisdiction is not there. Each step is a
/// guarded update (twice: 409, nothing changes), audited and on the incident's timeline, in one transaction. The
/// console and the bot's duty officials go through here alike.
/// </summary>
public sealed class UpwardRecording(StoreDb db, UpwardStore store, IncidentStore incidents, AuditStore audit)
{
    public const int MaxText = 10_000;
    public const int MaxName = 50;

    /// <summary>Replaces the draft's text before it is sent; the text it replaces stays in the audit log.</summary>
    public Task<IncidentRefusal?> EditDraftAsync(IncidentCaller caller, long incidentId, long reportId, string? text, DateTimeOffset now,
        CancellationToken ct) =>
        InOwnTransactionAsync((c, tx) => EditDraftAsync(c, tx, caller, incidentId, reportId, text, now, ct), ct);

    public Task<IncidentRefusal?> MarkSentAsync(IncidentCaller caller, long incidentId, long? reportId, string? via, string? text,
        DateTimeOffset now, CancellationToken ct) =>
        InOwnTransactionAsync((c, tx) => MarkSentAsync(c, tx, caller, incidentId, reportId, via, text, now, ct), ct);

    public Task<IncidentRefusal?> MarkAcknowledgedAsync(IncidentCaller caller, long incidentId, long? reportId, string? by,
        DateTimeOffset now, CancellationToken ct) =>
        InOwnTransactionAsync((c, tx) => MarkAcknowledgedAsync(c, tx, caller, incidentId, reportId, by, now, ct), ct);

    /// <summary>In the caller's unit of work (the bot's turn): "已报市 SJ12 电话".</summary>
    public Task<IncidentRefusal?> MarkSentAsync(UnitOfWork work, IncidentCaller caller, long incidentId, string? via, DateTimeOffset now,
        CancellationToken ct) =>
        MarkSentAsync(work.Connection, work.Transaction, caller, incidentId, null, via, null, now, ct);

    /// <summary>In the caller's unit of work (the bot's turn): "市已确认 SJ12 张科长".</summary>
    public Task<IncidentRefusal?> MarkAcknowledgedAsync(UnitOfWork work, IncidentCaller caller, long incidentId, string? by, DateTimeOffset now,
        CancellationToken ct) =>
        MarkAcknowledgedAsync(work.Connection, work.Transaction, caller, incidentId, null, by, now, ct);

    private async Task<IncidentRefusal?> EditDraftAsync(DbConnection c, DbTransaction tx, IncidentCaller caller, long incidentId,
        long reportId, string? text, DateTimeOffset now, CancellationToken ct)
    {
        var t = text?.Trim() ?? "";
        if (t.Length is 0 or > MaxText) return IncidentRefusal.Invalid($"报告稿不能为空，也不能超过{MaxText}字", $"The draft must be 1–{MaxText} characters");
        var (report, refusal) = await FindAsync(c, tx, caller, incidentId, reportId, UpwardStatus.Drafted, ct);
        if (refusal is not null) return refusal;
        if (!await store.EditDraftAsync(c, tx, report!.Id, t, ct))
            return IncidentRefusal.Conflict("报告已报送，不能再改稿", "The report was already sent; its draft can no longer change");
        await audit.AppendAsync(c, tx, caller.Actor, "incident_upward_draft_edited", Subject(incidentId),
            JsonSerializer.Serialize(new { report = report.Id, before = report.DraftText, after = t }), ct);
        await incidents.AppendEventAsync(c, tx, incidentId, "upward_draft_edited", caller.Actor, "报市报告稿已修改", now, ct);
        return null;
    }

    /// <param name="reportId">null: the incident's latest report not yet sent (the chat path names only the incident).</param>
    /// <param name="text">What was actually sent; null or blank for the draft as it stands.</param>
    private async Task<IncidentRefusal?> MarkSentAsync(DbConnection c, DbTransaction tx, IncidentCaller caller, long incidentId,
        long? reportId, string? via, string? text, DateTimeOffset now, CancellationToken ct)
    {
        if (UpwardVia.Parse(via) is not { } how)
            return IncidentRefusal.Invalid("报送方式须为 电话、传真、政务平台 或 其他", "via must be 电话, 传真, 政务平台 or 其他 (phone, fax, platform, other)");
        if (text?.Trim().Length > MaxText) return IncidentRefusal.Invalid($"报送内容不能超过{MaxText}字", $"The text must be at most {MaxText} characters");
        var (report, refusal) = await FindAsync(c, tx, caller, incidentId, reportId, UpwardStatus.Drafted, ct);
        if (refusal is not null) return refusal;
        var sent = string.IsNullOrWhiteSpace(text) ? report!.DraftText : text.Trim();
        if (!await store.MarkSentAsync(c, tx, report!.Id, how, sent, caller.Actor, now, ct))
            return IncidentRefusal.Conflict("这份报告已记录为已报送，不能重复记录", "The report was already recorded as sent");
        await audit.AppendAsync(c, tx, caller.Actor, "incident_upward_sent", Subject(incidentId),
            JsonSerializer.Serialize(new { report = report.Id, via = how, text = sent }), ct);
        var minutes = UpwardReportView.MinutesBetween(report.DraftedUtc, now);
        await incidents.AppendEventAsync(c, tx, incidentId, "upward_sent", caller.Actor,
            $"已报市（{how}），距起草{minutes}分钟，{(now <= report.DueUtc ? "在一小时内" : "超过一小时")}", now, ct);
        return null;
    }

    /// <param name="by">Who at the municipality acknowledged, as they were told ("市应急局张科长").</param>
    private async Task<IncidentRefusal?> MarkAcknowledgedAsync(DbConnection c, DbTransaction tx, IncidentCaller caller, long incidentId,
        long? reportId, string? by, DateTimeOffset now, CancellationToken ct)
    {
        var who = by?.Trim() ?? "";
        if (who.Length is 0 or > MaxName)
            return IncidentRefusal.Invalid($"请写明市里是谁确认的（不超过{MaxName}字）", $"Say who at the municipality acknowledged (at most {MaxName} characters)");
        var (report, refusal) = await FindAsync(c, tx, caller, incidentId, reportId, UpwardStatus.Sent, ct);
        if (refusal is not null) return refusal;
        if (!await store.MarkAcknowledgedAsync(c, tx, report!.Id, who, now, ct))
            return report.Status == UpwardStatus.Drafted
                ? IncidentRefusal.Conflict("报告还没有记录报送，不能记录市里确认", "The report has not been recorded as sent yet")
                : IncidentRefusal.Conflict("市里已确认收到，不能重复记录", "The municipality's acknowledgement was already recorded");
        await audit.AppendAsync(c, tx, caller.Actor, "incident_upward_acknowledged", Subject(incidentId),
            JsonSerializer.Serialize(new { report = report.Id, by = who }), ct);
        await incidents.AppendEventAsync(c, tx, incidentId, "upward_acknowledged", caller.Actor, $"市里已确认收到：{who}", now, ct);
        return null;
    }

    /// <summary>
    /// The report the caller may act on. Grid workers may not; an incident outside the caller's jurisdiction, or a report
    /// not of it, is not there; a town official may not (art. 35 puts the report on the county).
    /// </summary>
    private async Task<(UpwardReport? Report, IncidentRefusal? Refusal)> FindAsync(DbConnection c, DbTransaction tx,
        IncidentCaller caller, long incidentId, long? reportId, string wanted, CancellationToken ct)
    {
        if (!caller.IsOfficial)
            return (null, IncidentRefusal.Forbidden("只有区县及以上的干部可以记录报市", "Only officials of the county or above record the report up"));
        if (await incidents.GetAsync(c, tx, incidentId, ct) is not { } incident || !caller.Covers(incident))
            return (null, IncidentRefusal.IncidentNotFound(incidentId));
        if (DivisionCode.ToPrefix(caller.RegionCode) is not { Length: <= 6 })
            return (null, IncidentRefusal.Forbidden("报市由区县负责，只有区县及以上的干部可以记录", "The county reports up; only officials of the county or above record it"));
        var report = reportId is { } id
            ? await store.GetAsync(c, tx, incidentId, id, ct)
            : await LatestAsync(c, tx, incidentId, wanted, ct);
        return report is null
            ? (null, IncidentRefusal.NotFound($"事件 {incident.Number} 没有{(reportId is null ? UpwardStatus.ToChinese(wanted) + "的" : "这份")}报市报告",
                $"Incident {incident.Number} has no such report up"))
            : (report, null);
    }

    private async Task<UpwardReport?> LatestAsync(DbConnection c, DbTransaction tx, long incidentId, string wanted, CancellationToken ct)
    {
        var all = await store.OfIncidentAsync(c, tx, incidentId, ct);
        // Named by incident only (chat): the latest report in the wanted state, else the latest at all, so a second
        // "已报市" is answered "already sent" rather than "no report".
        return all.LastOrDefault(r => r.Status == wanted) ?? all.LastOrDefault();
    }

    private async Task<IncidentRefusal?> InOwnTransactionAsync(Func<DbConnection, DbTransaction, Task<IncidentRefusal?>> act,
        CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var refusal = await act(work.Connection, work.Transaction);
        if (refusal is null) await work.CommitAsync(ct);
        return refusal;
    }

    private static string Subject(long incidentId) => $"incident:{incidentId}";
}
