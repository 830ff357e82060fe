using Alerts.Monitoring.Care;
using Alerts.Monitoring.Measures;
using Alerts.Store.Database;
using Alerts.Store.Reports;
using Dapper;

namespace Alerts.Monitoring.Tests.Care;

/// <summary>A monitored household's crisis report raises the 红色预警 at submission: a flag and one notice per person.</summary>
public sealed class RedWarningTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ACollapsedHouseFlagsTheCaseAndTellsTheHelperTheVillageAndTheTownEachOnce()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, household, village) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");
        var worker = f.GridWorkerOf(village);
        // The helper is the village's grid worker as well: told once, not twice.
        await f.Get<HelperAssignment>().AssignAsync(id, worker, "account:1", f.Now, Ct);

        var raised = await SubmitAsync(f, household, village, HouseDamage.Collapsed, injured: 0);

        Assert.True(raised);
        using var c = f.Open();
        Assert.Equal((true, f.Now), c.QuerySingle<(bool, DateTimeOffset)>(
            "SELECT red_warning, red_warning_utc FROM monitoring_cases WHERE id = @Id", new { Id = id }));
        var town = c.Query<long>("SELECT person_id FROM duty_roster WHERE region_code = @Town ORDER BY position",
            new { Town = village[..9] + "000" }).AsList();
        var notices = f.Notices("monitoring_red_warning");
        Assert.Equal([worker, .. town], notices.Select(n => n.PersonId));
        Assert.All(notices, n => Assert.StartsWith("【红色预警】监测户", n.Text));
        Assert.Contains("住房不安全", notices[0].Text);
        Assert.Contains(f.Events(id), e => e.Kind == "red_warning");
    }

    [Fact]
    public async Task AMildReportOrAHouseholdNotMonitoredRaisesNothing()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, household, village) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");

        Assert.False(await SubmitAsync(f, household, village, HouseDamage.Minor, injured: 0));
        using (var c = f.Open()) c.Execute("UPDATE monitoring_cases SET status = 'identifying' WHERE id = @Id", new { Id = id });
        Assert.False(await SubmitAsync(f, household, village, HouseDamage.Collapsed, injured: 1));

        Assert.Empty(f.Notices("monitoring_red_warning"));
    }

    private static async Task<bool> SubmitAsync(CareFixture f, long household, string village, HouseDamage house, int injured)
    {
        long reporter;
        using (var c = f.Open())
            reporter = c.QueryFirst<long>("SELECT id FROM people WHERE household_id = @Id", new { Id = household });
        await using var work = await f.Get<StoreDb>().BeginAsync(Ct);
        var report = await f.Get<ReportStore>().InsertAsync(work.Connection, work.Transaction, new ReportRecord
        {
            VillageCode = village, HouseholdId = household, ReporterId = reporter, Hazard = "flood", Injured = injured,
            House = ReportAnswerKeys.Key(house), Crops = "none", Water = "normal", CreatedUtc = f.Now,
        }, Ct);
        var raised = await f.Get<RedWarnings>().OnReportSubmittedAsync(work, report, f.Now, Ct);
        await work.CommitAsync(Ct);
        return raised;
    }
}
