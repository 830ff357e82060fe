using System.Data.Common;
using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Incidents.Upward;

/// <summary>
/// The hour's clock (art. 35). Until the municipality acknowledges, every <see cref="UpwardOptions.ReminderInterval"/> one
/// more person is reminded: the county roster in order after the duty official (who got the draft when it was drafted),
/// then the city's roster (the statistical 市 above the county); once both are used up, the whole last level with a
/// roster is reminded again each interval, each person once, until acknowledged. The wording says what is wrong now:
/// not sent, overdue, or sent and not acknowledged. One transaction per step: the step is claimed on the reminder time
/// it was due at, the people told and the timeline entry commit with it, so a crash tells nobody twice and skips nothing.
/// </summary>
public sealed class UpwardClock(StoreDb db, UpwardStore store, IncidentStore incidents, IDutyRosters rosters,
    NotificationStore notifications, IOptions<UpwardOptions> options, TimeProvider time)
{
    /// <summary>A reminder's state when the hour has passed and the report was not sent.</summary>
    public const string Overdue = "overdue";

    /// <summary>One round: up to <paramref name="batch"/> due reports; returns how many were due.</summary>
    public async Task<int> RunDueAsync(int batch, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<long> due;
        await using (var c = await db.OpenAsync(ct)) due = await store.DueAsync(c, now, batch, ct);
        foreach (var id in due) await StepAsync(id, now, ct);
        return due.Count;
    }

    /// <summary>Takes the report's due step, if still due; false when there was nothing to do.</summary>
    public async Task<bool> StepAsync(long reportId, DateTimeOffset now, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        var r = await store.GetAsync(c, tx, reportId, ct);
        if (r is not { Status: not UpwardStatus.Acknowledged, NextReminderUtc: { } claimed } || claimed > now) return false;
        var interval = options.Value.ReminderInterval;
        // Keep to the schedule, but after a long stop do not send a burst to catch up: one reminder, then the next interval.
        var next = claimed + interval > now ? claimed + interval : now + interval;
        if (await store.ClaimStepAsync(c, tx, r.Id, claimed, next, ct) is not { } step) return false;
        var incident = (await incidents.GetAsync(c, tx, r.IncidentId, ct))!;
        var state = StateOf(r, now);
        var told = await WhomAsync(c, tx, incident, r, step, ct);
        var text = await TextAsync(c, tx, incident, r, state, now, ct);
        foreach (var (person, roster) in told)
        {
            await notifications.InsertAsync(c, tx, person.PersonId, text, "incident_upward_reminder", now, ct, onlyChannel: person.Channel);
            await store.AddReminderAsync(c, tx, new UpwardReminder
            {
                ReportId = r.Id, Step = step, PersonId = person.PersonId, Name = person.Name, RosterCode = roster, State = state, AtUtc = now,
            }, ct);
        }
        await incidents.AppendEventAsync(c, tx, incident.Id, "upward_reminder", "system",
            $"第{step}次提醒（{UpwardReminderView.StateToChinese(state)}）：" +
            (told.Count == 0 ? "区县和市均无人值班，未能提醒" : "已通知" + string.Join("、", told.Select(t => t.Person.Name))), now, ct);
        await work.CommitAsync(ct);
        return true;
    }

    internal static string StateOf(UpwardReport r, DateTimeOffset now) =>
        r.Status == UpwardStatus.Sent ? UpwardStatus.Sent : now >= r.DueUtc ? Overdue : UpwardStatus.Drafted;

    /// <summary>
    /// Step n's people: the n-th of the chain (the county roster without the duty official, then the city roster); past
    /// the chain, everyone of the last level that has a roster (the city's, else the county's), each once.
    /// </summary>
    private async Task<IReadOnlyList<(OnDuty Person, string Roster)>> WhomAsync(DbConnection c, DbTransaction tx, Incident incident,
        UpwardReport r, int step, CancellationToken ct)
    {
        var (countyCode, cityCode) = (DivisionCode.AtLevel(incident.TownCode, 3), DivisionCode.AtLevel(incident.TownCode, 2));
        var county = (await rosters.AtAsync(c, tx, incident.TownCode, 3, ct)).Select(p => (Person: p, Roster: countyCode)).ToList();
        var city = (await rosters.AtAsync(c, tx, incident.TownCode, 2, ct)).Select(p => (Person: p, Roster: cityCode)).ToList();
        var chain = county.Where(p => p.Person.PersonId != r.DutyPersonId).Concat(city).DistinctBy(p => p.Person.PersonId).ToList();
        if (step <= chain.Count) return [chain[step - 1]];
        return (city.Count > 0 ? city : county).DistinctBy(p => p.Person.PersonId).ToList();
    }

    private async Task<string> TextAsync(DbConnection c, DbTransaction tx, Incident incident, UpwardReport r, string state,
        DateTimeOffset now, CancellationToken ct)
    {
        var place = await store.PlaceNameAsync(c, tx, incident.TownCode, ct) ?? "";
        var what = $"{incident.Number} {place}{IncidentGrades.ToChinese(r.Grade)}地质灾害";
        var late = UpwardReportView.MinutesBetween(r.DueUtc, now);
        return state switch
        {
            UpwardStatus.Sent =>
                $"【报市确认】{what}已报送（{BeijingTime.Of(r.SentUtc!.Value):HH:mm}，{r.SentVia}），市里尚未确认收到，请电话确认。确认后回复“市已确认 {incident.Number} 确认人”。",
            Overdue when late <= 0 =>
                $"【报市超时】{what}已到报市时限（{BeijingTime.Of(r.DueUtc):HH:mm}），仍未报市。请立即报告，报送后回复“已报市 {incident.Number} 电话”。",
            Overdue =>
                $"【报市超时】{what}已超时{late}分钟未报市。请立即报告，报送后回复“已报市 {incident.Number} 电话”。",
            _ =>
                $"【报市提醒】{what}须在{BeijingTime.Of(r.DueUtc):HH:mm}前报市，尚未报送。请立即报告，报送后回复“已报市 {incident.Number} 电话”。",
        };
    }
}
