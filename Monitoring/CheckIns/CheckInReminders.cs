using Alerts.Monitoring.Cases;
using Alerts.Store.Database;
using Alerts.Store.Notifications;

namespace Alerts.Monitoring.CheckIns;

/// <summary>
/// Reminds a monitored household's helper when its weekly visit falls due (003 五(二)), once per due date; the
/// reminder says how to record the visit by replying 走访. One transaction per round: a crash sends nothing twice.
/// </summary>
public sealed class CheckInReminders(StoreDb db, CheckInStore checkins, CaseStore cases, NotificationStore notifications, TimeProvider time)
{
    public const int Batch = 50;

    /// <summary>One round; returns how many helpers were reminded (a full batch means more may be due).</summary>
    public async Task<int> RemindDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        var reminded = 0;
        foreach (var due in await checkins.DueAsync(c, tx, now, Batch, ct))
        {
            if (!await checkins.MarkRemindedAsync(c, tx, due.Id, now, ct)) continue;
            await notifications.InsertAsync(c, tx, due.HelperId,
                $"【走访提醒】监测户{due.HeadName ?? "（户主不详）"}家（{due.VillageName}，案例{due.Id}）本周该走访了" +
                $"（{BeijingTime.Of(due.NextCheckinDueUtc):M月d日}到期）。走访后请回复“走访 {due.Id} 情况”，如：走访 {due.Id} 房子在修，收入稳定。",
                "monitoring_checkin_due", now, ct);
            await cases.AppendEventAsync(c, tx, due.Id, "reminder", "system", now, "checkin_due", $"person:{due.HelperId}", ct);
            reminded++;
        }
        await work.CommitAsync(ct);
        return reminded;
    }
}
