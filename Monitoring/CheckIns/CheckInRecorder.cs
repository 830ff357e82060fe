using Alerts.Monitoring.Care;
using Alerts.Monitoring.Cases;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.People;

namespace Alerts.Monitoring.CheckIns;

/// <summary>
/// Records a helper's visit (走访) to a monitored household and moves its weekly clock to a week after the visit. Who
/// may: from the chat, the case's helper or staff of its own village; from the console, an official whose jurisdiction
/// covers it (checked by the Host), recorded as the helper's visit. Joins the caller's unit of work.
/// </summary>
public sealed class CheckInRecorder(CareStore care, CheckInStore checkins, CaseStore cases, PersonStore people, AuditStore audit)
{
    public const int MaxNotes = 500;

    /// <param name="visitorId">The staff person reporting the visit in the chat; null when an official records the helper's.</param>
    public async Task<CareResult> RecordAsync(UnitOfWork work, long caseId, long? visitorId, string? notes, string channel, string actor,
        DateTimeOffset now, CancellationToken ct)
    {
        var text = notes?.Trim() ?? "";
        if (text.Length == 0) return CareResult.Invalid("请写上走访情况", "Say what the visit found (notes)");
        if (text.Length > MaxNotes) return CareResult.Invalid($"走访情况最多 {MaxNotes} 字", $"Notes are longer than {MaxNotes} characters");
        var (c, tx) = (work.Connection, work.Transaction);
        var @case = await care.GetAsync(c, tx, caseId, ct);
        if (@case is null || (visitorId is { } v && !await MayVisitAsync(work, @case, v, ct))) return CareResult.NotFound(caseId);
        if (@case.Status != CaseStatus.Monitored)
            return CareResult.Conflict("只有监测户需要记录走访", "Only a monitored household's visits are recorded");
        if ((visitorId ?? @case.HelperId) is not { } helper)
            return CareResult.Conflict("这户还没有指定帮扶责任人", "The household has no helper yet");

        await checkins.RecordAsync(c, tx, caseId, helper, text, channel, now, now + HelperAssignment.CheckinInterval, ct);
        await cases.AppendEventAsync(c, tx, caseId, "checkin", actor, now, channel, text, ct);
        await audit.AppendAsync(c, tx, actor, "monitoring_checkin", $"case:{caseId}", null, ct);
        return CareResult.Done;
    }

    private async Task<bool> MayVisitAsync(UnitOfWork work, CareCase @case, long visitorId, CancellationToken ct)
    {
        if (@case.HelperId == visitorId) return true;
        var person = await people.GetAsync(work.Connection, work.Transaction, visitorId, ct);
        return person is { Role: Roles.GridWorker or Roles.Official } && person.RegionCode == @case.VillageCode;
    }
}
