using Alerts.Incidents.Upward;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static Alerts.Incidents.Tests.Upward.UpwardWorld;

namespace Alerts.Incidents.Tests.Upward;

/// <summary>The hour's clock (art. 35) on a real database, driven step by step with a fake clock.</summary>
public sealed class UpwardClockTests
{
    private static readonly TimeSpan Twenty = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task AnUnacknowledgedReportRemindsAlongTheCountyRosterThenTheCityWithTheTimesRecordedAndStopsOnceAcknowledged()
    {
        await using var w = await CreateAsync();
        var (incident, _) = await w.DraftAsync();
        var t0 = w.Now;
        Assert.Equal([w.CountyRoster[0]], w.Told("incident_upward").Select(t => t.Person)); // the duty official has the draft

        Assert.Equal(0, await w.AdvanceAndRunAsync(TimeSpan.FromMinutes(19)));
        Assert.Empty(w.Told());
        await w.AdvanceAndRunAsync(TimeSpan.FromMinutes(1));  // +20: the next on the county roster
        await w.AdvanceAndRunAsync(Twenty);                    // +40: the third
        await w.AdvanceAndRunAsync(Twenty);                    // +60: the county is used up, the city's first
        await w.AdvanceAndRunAsync(Twenty);                    // +80: the city's second
        await w.AdvanceAndRunAsync(Twenty);                    // +100: the last level again, everyone once

        var told = w.Told();
        Assert.Equal([w.CountyRoster[1], w.CountyRoster[2], w.CityRoster[0], w.CityRoster[1], w.CityRoster[0], w.CityRoster[1]],
            told.Select(t => t.Person));
        Assert.Contains("须在11:00前报市，尚未报送", told[0].Text);
        Assert.Contains("已到报市时限", told[2].Text);
        Assert.Contains("已超时20分钟未报市", told[3].Text);

        Assert.Null(await w.Get<UpwardRecording>().MarkSentAsync(CountyOfficial, incident, null, "电话", null, w.Now.AddMinutes(5), Ct));
        await w.AdvanceAndRunAsync(Twenty);                    // +120: sent, not acknowledged
        Assert.All(w.Told().Skip(6), t => Assert.Contains("市里尚未确认收到，请电话确认", t.Text));
        Assert.Null(await w.Get<UpwardRecording>().MarkAcknowledgedAsync(CountyOfficial, incident, null, "市应急局张科长", w.Now, Ct));
        await w.AdvanceAndRunAsync(Twenty);
        await w.AdvanceAndRunAsync(TimeSpan.FromHours(2));
        Assert.Equal(8, w.Told().Count);

        var view = await w.ViewAsync(incident);
        Assert.Equal([1, 2, 3, 4, 5, 5, 6, 6], view.Reminders.Select(r => r.Step));
        Assert.Equal([20, 40, 60, 80, 100, 100, 120, 120], view.Reminders.Select(r => (int)(r.AtUtc - t0).TotalMinutes));
        Assert.Equal([County, County, City, City], view.Reminders.Take(4).Select(r => r.RosterCode));
        Assert.Equal(["drafted", "drafted", "overdue", "overdue", "overdue", "overdue", "sent", "sent"], view.Reminders.Select(r => r.State));
        Assert.Equal((UpwardStatus.Acknowledged, "市应急局张科长", UpwardReportView.Missed, 105, (DateTimeOffset?)null),
            (view.Status, view.AcknowledgedBy, view.Hour, view.MinutesTaken, view.NextReminderUtc));
        Assert.Equal(6, w.Timeline(incident).Count(k => k == "upward_reminder"));
    }

    [Fact]
    public async Task WithNoCityRosterTheCountyRosterIsRemindedAgainAllOfItEachIntervalEachPersonOnce()
    {
        await using var w = await CreateAsync();
        using (var c = w.Open()) c.Execute("DELETE FROM duty_roster WHERE region_code = @City", new { City });
        await w.DraftAsync();
        for (var i = 0; i < 3; i++) await w.AdvanceAndRunAsync(Twenty);

        Assert.Equal([w.CountyRoster[1], w.CountyRoster[2], w.CountyRoster[0], w.CountyRoster[1], w.CountyRoster[2]],
            w.Told().Select(t => t.Person));
    }

    [Fact]
    public async Task AStepIsTakenOnceWhateverCrashesRestartsOrSecondWorkersDo()
    {
        await using var w = await CreateAsync();
        var (incident, report) = await w.DraftAsync();
        w.Clock.Advance(Twenty);

        // A round that claimed the step and crashed before committing: its claim and notices roll back together.
        await using (var crashed = await w.Db.Db.BeginAsync(Ct))
        {
            var due = (await w.Get<UpwardStore>().GetAsync(crashed.Connection, crashed.Transaction, report, Ct))!.NextReminderUtc!.Value;
            Assert.NotNull(await w.Get<UpwardStore>().ClaimStepAsync(crashed.Connection, crashed.Transaction, report, due, due + Twenty, Ct));
        }
        var restarted = ActivatorUtilities.CreateInstance<UpwardClock>(w.Services);
        Assert.Equal(1, await restarted.RunDueAsync(50, Ct));
        Assert.Equal(0, await w.Get<UpwardClock>().RunDueAsync(50, Ct));
        Assert.False(await w.Get<UpwardClock>().StepAsync(report, w.Now, Ct));

        Assert.Equal([w.CountyRoster[1]], w.Told().Select(t => t.Person));
        var view = await w.ViewAsync(incident);
        Assert.Equal((1, w.Now + Twenty), (Assert.Single(view.Reminders).Step, view.NextReminderUtc));
    }

    [Fact]
    public async Task AfterALongStopOneReminderGoesOutAndTheNextIsAnIntervalLaterNotABurst()
    {
        await using var w = await CreateAsync();
        var (incident, _) = await w.DraftAsync();
        Assert.Equal(1, await w.AdvanceAndRunAsync(TimeSpan.FromMinutes(75)));
        Assert.Equal(0, await w.Get<UpwardClock>().RunDueAsync(50, Ct));

        Assert.Single(w.Told());
        Assert.Contains("已超时15分钟未报市", w.Told()[0].Text);
        Assert.Equal(w.Now + Twenty, (await w.ViewAsync(incident)).NextReminderUtc);
    }
}
