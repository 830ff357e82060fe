using Alerts.Monitoring.Cases;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;

namespace Alerts.Monitoring.Care;

/// <summary>
/// 帮扶责任人: every enrolled household gets one named public servant (policy 004 三(二)4; 003 五(一) "第一帮扶责任人") —
/// here a grid worker or official serving the village or a place above it. The helper is kept on the household's
/// record, the case's first weekly visit falls due a week after enrolment, and the helper is told.
/// </summary>
public sealed class HelperAssignment(StoreDb db, CareStore care, CaseStore cases, PersonStore people, AuditStore audit,
    NotificationStore notifications)
{
    /// <summary>The weekly visit (003 五(二): 每周不少于1次).</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromDays(7);

    public async Task<CareResult> AssignAsync(long caseId, long personId, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await care.GetAsync(c, tx, caseId, ct) is not { } @case) return CareResult.NotFound(caseId);
        if (@case.Status != CaseStatus.Monitored || @case.HouseholdId is not { } household)
            return CareResult.Conflict("只有已认定的监测户才能指定帮扶责任人", "Only an enrolled household (monitored case) gets a helper");
        var person = await people.GetAsync(c, tx, personId, ct);
        if (person is null || person.Role is not (Roles.GridWorker or Roles.Official))
            return CareResult.Invalid("帮扶责任人须是网格员或干部", "The helper must be a grid worker or an official");
        if (!DivisionCode.Contains(person.RegionCode, @case.VillageCode))
            return CareResult.Invalid("帮扶责任人须在本村或其上级镇、区县任职", "The helper must serve this village or a place above it");
        if (@case.HelperId == person.Id) return CareResult.Done;

        var due = (@case.EnrolledUtc ?? now) + CheckinInterval;
        await care.SetHelperAsync(c, tx, household, person.Id, now, ct);
        await care.SetFirstCheckinDueAsync(c, tx, caseId, due, now, ct);
        await cases.AppendEventAsync(c, tx, caseId, "helper", actor, now, $"person:{person.Id}",
            @case.HelperName is null ? person.Name : $"{@case.HelperName} → {person.Name}", ct);
        await audit.AppendAsync(c, tx, actor, "monitoring_helper_assigned", $"case:{caseId}", $"person:{person.Id}", ct);
        var firstDue = @case.NextCheckinDueUtc ?? due;
        await notifications.InsertAsync(c, tx, person.Id,
            $"【帮扶任务】您是监测户{@case.Label}的帮扶责任人。请至少每周上门走访一次，本周请在{BeijingTime.Of(firstDue):M月d日}前走访。" +
            $"走访后回复“走访 {caseId} 情况”，如：走访 {caseId} 房子在修，收入稳定。", "monitoring_helper", now, ct);
        await work.CommitAsync(ct);
        return CareResult.Done;
    }
}
