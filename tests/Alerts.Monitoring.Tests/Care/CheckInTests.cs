using Alerts.Monitoring.Care;
using Alerts.Monitoring.CheckIns;
using Alerts.Monitoring.Measures;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Monitoring.Tests.Care;

/// <summary>The weekly visit: the helper is reminded once per due date, and a recorded visit moves the clock a week on.</summary>
public sealed class CheckInTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task TheHelperIsRemindedOnceWhenTheWeeklyVisitFallsDueAndAVisitStartsTheNextWeek()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, _, village) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");
        var helper = f.GridWorkerOf(village);
        await f.Get<HelperAssignment>().AssignAsync(id, helper, "account:1", f.Now, Ct);
        var reminders = f.Get<CheckInReminders>();

        f.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await reminders.RemindDueAsync(Ct));
        f.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await reminders.RemindDueAsync(Ct));
        f.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await reminders.RemindDueAsync(Ct));

        var reminder = Assert.Single(f.Notices("monitoring_checkin_due"));
        Assert.Equal(helper, reminder.PersonId);
        Assert.Contains($"回复“走访 {id} 情况”", reminder.Text);

        var visitedAt = f.Now;
        await using (var work = await f.Get<StoreDb>().BeginAsync(Ct))
        {
            var recorded = await f.Get<CheckInRecorder>().RecordAsync(work, id, helper, "房子在修，收入稳定", "wechat", $"person:{helper}",
                visitedAt, Ct);
            Assert.True(recorded.IsDone);
            await work.CommitAsync(Ct);
        }
        Assert.Equal(visitedAt + TimeSpan.FromDays(7), (await f.Get<CareStore>().GetAsync(id, Ct))!.NextCheckinDueUtc);
        f.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await reminders.RemindDueAsync(Ct));
        Assert.Equal(2, f.Notices("monitoring_checkin_due").Count);
        using var c = f.Open();
        Assert.Equal(("房子在修，收入稳定", helper, "wechat"),
            c.QuerySingle<(string, long, string)>("SELECT notes, helper_id, channel FROM case_checkins WHERE case_id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task OnlyTheHelperOrStaffOfTheVillageRecordAVisitAndNotesAreNeeded()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, household, village) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");
        long villager, otherWorker;
        using (var c = f.Open())
        {
            villager = c.QueryFirst<long>("SELECT id FROM people WHERE household_id = @Id", new { Id = household });
            otherWorker = c.QueryFirst<long>("SELECT id FROM people WHERE role = 'grid_worker' AND region_code <> @Village", new { Village = village });
        }
        var recorder = f.Get<CheckInRecorder>();
        await using var work = await f.Get<StoreDb>().BeginAsync(Ct);

        Assert.Equal(CareOutcome.NotFound, (await recorder.RecordAsync(work, id, villager, "看过了", "sms", "x", f.Now, Ct)).Outcome);
        Assert.Equal(CareOutcome.NotFound, (await recorder.RecordAsync(work, id, otherWorker, "看过了", "sms", "x", f.Now, Ct)).Outcome);
        Assert.Equal(CareOutcome.Invalid, (await recorder.RecordAsync(work, id, null, "  ", "api", "x", f.Now, Ct)).Outcome);
        // No helper named yet: the console has nobody to record the visit for.
        Assert.Equal(CareOutcome.Conflict, (await recorder.RecordAsync(work, id, null, "看过了", "api", "x", f.Now, Ct)).Outcome);
        // The village's own grid worker may record it although someone else is the helper.
        Assert.True((await recorder.RecordAsync(work, id, f.GridWorkerOf(village), "看过了", "sms", "x", f.Now, Ct)).IsDone);
    }
}
