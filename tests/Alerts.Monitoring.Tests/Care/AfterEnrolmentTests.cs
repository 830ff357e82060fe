using Alerts.Monitoring.Care;
using Alerts.Monitoring.Measures;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Monitoring.Tests.Care;

/// <summary>Enrolment makes the household 监测户; a helper is named; measures are proposed by labour and chosen with a history.</summary>
public sealed class AfterEnrolmentTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task EnrolmentSetsMonitoredAHelperAndMeasuresFittingAHouseholdWithoutLabour()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, household, village) = await f.EnrolledCaseAsync(LabourCapacity.None, "因灾", "住房安全");
        var helper = f.GridWorkerOf(village);

        var assigned = await f.Get<HelperAssignment>().AssignAsync(id, helper, "account:1", f.Now, Ct);
        var care = (await f.Get<CareStore>().GetAsync(id, Ct))!;
        var proposed = f.Get<MeasureAdvisor>().Propose(care.RiskTypeNames, care.Labour);

        Assert.True(assigned.IsDone);
        using (var c = f.Open())
            Assert.Equal((1L, (long?)helper), c.QuerySingle<(long, long?)>("SELECT is_monitored, helper_id FROM households WHERE id = @Id",
                new { Id = household }));
        Assert.Equal(care.EnrolledUtc + TimeSpan.FromDays(7), care.NextCheckinDueUtc);
        var told = Assert.Single(f.Notices("monitoring_helper"));
        Assert.Equal(helper, told.PersonId);
        Assert.Contains($"走访 {id}", told.Text);
        // Without labour: social protection first, never industry or employment; the house and the disaster answered.
        Assert.Equal("social_protection", proposed[0].Group);
        Assert.DoesNotContain(proposed, m => m.Group is "industry" or "employment");
        Assert.Contains(proposed, m => m.Key == "house_rebuild");
        Assert.Contains(proposed, m => m.Key == "disaster_relief");
        Assert.DoesNotContain(proposed, m => m.Key == "emergency_water");

        var measures = f.Get<MeasureStore>();
        Assert.True((await measures.ChooseAsync(id, new("dibao", "planned", null), "account:1", f.Now, Ct)).IsDone);
        Assert.True((await measures.ChooseAsync(id, new("house_rebuild", "in_progress", "镇上已派人评估"), "account:1", f.Now, Ct)).IsDone);
        Assert.True((await measures.ChooseAsync(id, new("house_rebuild", "done", null), "account:1", f.Now, Ct)).IsDone);
        var barred = await measures.ChooseAsync(id, new("microcredit", "planned", null), "account:1", f.Now, Ct);

        Assert.Equal(CareOutcome.Invalid, barred.Outcome);
        Assert.Contains("无劳动能力", barred.Chinese);
        var chosen = await measures.ListAsync(id, Ct);
        Assert.Equal([("dibao", "planned"), ("house_rebuild", "done")], chosen.Select(m => (m.Measure, m.State)));
        Assert.Equal("镇上已派人评估", chosen[1].Note);
        var history = f.Events(id).Where(e => e.Kind == "measure").Select(e => e.Outcome).ToList();
        Assert.Equal(["dibao:planned", "house_rebuild:in_progress", "house_rebuild:done"], history);
        Assert.Contains(f.Events(id), e => e.Kind == "helper" && e.Outcome == $"person:{helper}");
    }

    [Fact]
    public async Task AHelperIsStaffServingTheVillageOrAPlaceAboveAndOnlyForAnEnrolledHousehold()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, household, village) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");
        long villager, otherTownOfficial, townOfficial;
        using (var c = f.Open())
        {
            villager = c.QueryFirst<long>("SELECT id FROM people WHERE household_id = @Id", new { Id = household });
            otherTownOfficial = c.QueryFirst<long>(
                "SELECT id FROM people WHERE role = 'official' AND region_code LIKE '%000' AND substr(region_code, 1, 9) <> @Town AND substr(region_code, 7, 3) <> '000'",
                new { Town = village[..9] });
            townOfficial = c.QueryFirst<long>("SELECT id FROM people WHERE role = 'official' AND region_code = @Town",
                new { Town = village[..9] + "000" });
        }
        var assign = f.Get<HelperAssignment>();

        Assert.Equal(CareOutcome.Invalid, (await assign.AssignAsync(id, villager, "account:1", f.Now, Ct)).Outcome);
        Assert.Equal(CareOutcome.Invalid, (await assign.AssignAsync(id, otherTownOfficial, "account:1", f.Now, Ct)).Outcome);
        Assert.Equal(CareOutcome.NotFound, (await assign.AssignAsync(id + 1000, townOfficial, "account:1", f.Now, Ct)).Outcome);
        Assert.True((await assign.AssignAsync(id, townOfficial, "account:1", f.Now, Ct)).IsDone);
        Assert.Single(f.Notices("monitoring_helper"));
        using var check = f.Open();
        Assert.Equal(townOfficial, check.ExecuteScalar<long>("SELECT helper_id FROM households WHERE id = @Id", new { Id = household }));
        Assert.Equal(1, check.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'monitoring_helper_assigned'"));
    }

    [Fact]
    public async Task TheHelpersOfferedAreTheStaffTheAssignmentAccepts()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, _, village) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");

        var offered = await f.Get<CareStore>().HelperCandidatesAsync(village, Ct);

        Assert.Contains(offered, h => h.Id == f.GridWorkerOf(village));
        Assert.DoesNotContain(offered, h => h.Role is not ("grid_worker" or "official"));
        // The village's own staff first.
        Assert.Equal("grid_worker", offered[0].Role);
        foreach (var h in offered)
            Assert.True((await f.Get<HelperAssignment>().AssignAsync(id, h.Id, "account:1", f.Now, Ct)).IsDone, h.Name);
    }

    [Fact]
    public async Task AStillIdentifyingCaseGetsNoHelperButMayAlreadyPlanHelp()
    {
        await using var f = await CareFixture.StartAsync();
        var (id, _, village) = await f.EnrolledCaseAsync(LabourCapacity.Weak, "因灾");
        using (var c = f.Open()) c.Execute("UPDATE monitoring_cases SET status = 'identifying' WHERE id = @Id", new { Id = id });

        var assigned = await f.Get<HelperAssignment>().AssignAsync(id, f.GridWorkerOf(village), "account:1", f.Now, Ct);
        var planned = await f.Get<MeasureStore>().ChooseAsync(id, new("reconstruction_job", null, null), "account:1", f.Now, Ct);

        Assert.Equal(CareOutcome.Conflict, assigned.Outcome);
        Assert.True(planned.IsDone);
        Assert.Equal("planned", Assert.Single(await f.Get<MeasureStore>().ListAsync(id, Ct)).State);
    }

    [Theory]
    [InlineData("nope", "planned", "没有这项帮扶措施")]
    [InlineData("dibao", "finished", "state 须为")]
    public async Task ABadMeasureOrStateIsRefusedAndChangesNothing(string measure, string state, string reason)
    {
        await using var f = await CareFixture.StartAsync();
        var (id, _, _) = await f.EnrolledCaseAsync(LabourCapacity.Full, "因灾");

        var result = await f.Get<MeasureStore>().ChooseAsync(id, new(measure, state, null), "account:1", f.Now, Ct);

        Assert.Equal(CareOutcome.Invalid, result.Outcome);
        Assert.Contains(reason, result.Chinese);
        Assert.Empty(await f.Get<MeasureStore>().ListAsync(id, Ct));
    }
}
