using System.Data.Common;
using System.Globalization;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Mark = Alerts.Monitoring.Cases.CaseClockStore.Mark;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// The 15-day clock along the duty roster (policy 001: 识别认定时间原则上不超过 15 天): on day 10 the village's grid
/// workers and the town's roster are reminded, on the deadline the town's roster again, and once the deadline has
/// passed with the case still identifying the county's roster is told. Each happens once per case: its mark, the
/// notices and the timeline entry share one transaction, so a crash sends nothing twice and loses nothing.
/// </summary>
public sealed class CaseReminders(StoreDb db, CaseStore cases, CaseClockStore clock, PersonStore people, IDutyRosters rosters,
    NotificationStore notifications, TimeProvider time)
{
    /// <summary>One round: up to <paramref name="batch"/> due cases; returns how many were due.</summary>
    public async Task<int> RunDueAsync(int batch, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = BeijingTime.Today(now);
        IReadOnlyList<long> due;
        await using (var c = await db.OpenAsync(ct)) due = await clock.DueAsync(c, today, batch, ct);
        foreach (var id in due) await RemindAsync(id, today, now, ct);
        return due.Count;
    }

    private async Task RemindAsync(long id, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        var row = (await cases.GetAsync(c, tx, id, ct))!;
        foreach (var mark in (Mark[])[Mark.Day10, Mark.Deadline, Mark.Escalation])
        {
            if (!await clock.TryMarkAsync(c, tx, id, mark, today, now, ct)) continue;
            var told = await RecipientsAsync(c, tx, row.VillageCode, mark, ct);
            var text = Text(row, mark, today);
            foreach (var (person, channel) in told)
                await notifications.InsertAsync(c, tx, person, text, $"monitoring_{Kind(mark)}", now, ct, onlyChannel: channel);
            await cases.AppendEventAsync(c, tx, id, mark == Mark.Escalation ? "escalation" : "reminder", "system", now,
                Outcome(mark), told.Count == 0 ? "无人值班，未能通知" : $"已通知 {told.Count} 人", ct);
        }
        await work.CommitAsync(ct);
    }

    private async Task<List<(long Person, string? Channel)>> RecipientsAsync(DbConnection c, DbTransaction tx, string village,
        Mark mark, CancellationToken ct)
    {
        var told = new List<(long, string?)>();
        if (mark == Mark.Day10)
            told.AddRange((await people.GridWorkersOfAsync(c, tx, village, ct)).Select(p => (p.Id, (string?)null)));
        var level = mark == Mark.Escalation ? 3 : 4;
        told.AddRange((await rosters.AtAsync(c, tx, village, level, ct)).Select(d => (d.PersonId, (string?)d.Channel)));
        return told.DistinctBy(t => t.Item1).ToList();
    }

    /// <summary>A short notice for staff naming the case, the village, the head and the days left or late.</summary>
    internal static string Text(CaseRow row, Mark mark, DateOnly today)
    {
        var deadline = DateOnly.ParseExact(row.DeadlineOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var days = Math.Abs(deadline.DayNumber - today.DayNumber);
        var who = $"监测案例{row.Id}（{row.VillageName} {row.HeadName ?? "户主未登记"}户）";
        return mark switch
        {
            Mark.Day10 => $"{who}识别认定还剩{days}天（{row.DeadlineOn}截止），请抓紧村级审查和镇街复核。",
            Mark.Deadline when days == 0 => $"{who}今天（{row.DeadlineOn}）是识别认定期限，请今天完成认定。",
            Mark.Deadline => $"{who}已过识别认定期限{days}天（{row.DeadlineOn}），请镇街尽快完成复核。",
            _ => $"{who}已超过识别认定期限{days}天（期限{row.DeadlineOn}），仍未认定，请区县督办。",
        };
    }

    private static string Kind(Mark mark) => mark == Mark.Escalation ? "escalation" : "reminder";

    private static string Outcome(Mark mark) => mark switch { Mark.Day10 => "day10", Mark.Deadline => "deadline", _ => "county" };
}
