using Alerts.Monitoring.Cases;
using Dapper;
using static Alerts.Monitoring.Tests.Cases.CaseWorld;

namespace Alerts.Monitoring.Tests.Cases;

/// <summary>The identification procedure: 村级审查 → 镇街审核 → 区县认定 → 录入平台, each step with who and when, in order.</summary>
public sealed class CaseProcedureTests
{
    [Fact]
    public async Task AnApplicationOpensACaseWhoseClockStartsOnTheApplicationsDate()
    {
        await using var world = await CreateAsync();
        var household = world.AddHousehold("申请甲");

        var id = await world.OpenAsync(household, on: world.Today.AddDays(-3));

        var row = (await world.Get<CaseStore>().GetAsync(id, Ct))!;
        Assert.Equal(("identifying", "clue"), (row.Status, row.Stage));
        Assert.Equal("application", row.Source);
        Assert.Equal(world.Today.AddDays(12).ToString("yyyy-MM-dd"), row.DeadlineOn);
        Assert.Equal(world.Today.AddDays(-3), BeijingTime(row.OpenedUtc));
        // Nothing is guessed about a household nobody has assessed yet.
        Assert.Null(row.ObjectType);
        Assert.Null(row.PerCapitaIncomeYuan);
        Assert.Equal(["clue:application"], world.EventKinds(id));
    }

    [Fact]
    public async Task EveryStepIsRecordedWithWhoAndWhenAndMovesTheCaseOn()
    {
        await using var world = await CreateAsync();
        var household = world.AddHousehold("流程乙");
        var id = await world.OpenAsync(household);

        Assert.Null(await world.StepAsync(id, CaseSteps.VillageReview, "submit", GridWorker()));
        Assert.Null(await world.StepAsync(id, CaseSteps.TownRevisit, "confirm", TownOfficial(), "入户复核属实"));
        Assert.Null(await world.StepAsync(id, CaseSteps.CountyDecision, "enrol", CountyRural));
        Assert.Equal(("monitored", "county_decided"), world.State(id));
        Assert.Null(await world.StepAsync(id, CaseSteps.PlatformEntry, "entered", GridWorker()));

        Assert.Equal(("monitored", "platform_entered"), world.State(id));
        Assert.Equal(["clue:application", "village_review:submit", "town_revisit:confirm", "county_decision:enrolled", "platform_entry:entered"],
            world.EventKinds(id));
        using var c = world.Open();
        Assert.Equal(["grid:500112101001", "town:500112101000", "county:rural", "grid:500112101001"],
            c.Query<string>("SELECT actor FROM case_events WHERE case_id = @Id AND kind <> 'clue' ORDER BY id", new { Id = id }));
        Assert.True(c.ExecuteScalar<bool>("SELECT is_monitored FROM households WHERE id = @Id", new { Id = household }));
        Assert.Equal(5, c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE subject = @S", new { S = $"case:{id}" }));
    }

    [Theory]
    [InlineData(CaseSteps.TownRevisit, "confirm")]
    [InlineData(CaseSteps.CountyDecision, "enrol")]
    [InlineData(CaseSteps.PlatformEntry, "entered")]
    public async Task AStepOutOfOrderIsRefusedWithTheReasonAndChangesNothing(string step, string outcome)
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("乱序丙"));

        var refusal = await world.StepAsync(id, step, outcome, CountyRural);

        Assert.Equal(CaseRefusalKind.Conflict, refusal?.Kind);
        Assert.Contains("·待村级审查」", refusal!.Chinese);
        Assert.Equal(("identifying", "clue"), world.State(id));
        Assert.Equal(["clue:application"], world.EventKinds(id));
    }

    [Fact]
    public async Task OnlyThoseWhoMayTakeAStepTakeIt()
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("权限丁"));

        // Another village's grid worker does not see the case at all.
        Assert.Equal(CaseRefusalKind.NotFound, (await world.StepAsync(id, CaseSteps.VillageReview, "submit", GridWorker("500112101002")))?.Kind);
        Assert.Null(await world.StepAsync(id, CaseSteps.VillageReview, "submit", GridWorker()));
        // The re-visit is the town's: a grid worker may not record it.
        Assert.Equal(CaseRefusalKind.Forbidden, (await world.StepAsync(id, CaseSteps.TownRevisit, "confirm", GridWorker()))?.Kind);
        Assert.Null(await world.StepAsync(id, CaseSteps.TownRevisit, "confirm", TownOfficial()));
        // The decision is the county's rural-revitalisation office's.
        Assert.Equal(CaseRefusalKind.Forbidden, (await world.StepAsync(id, CaseSteps.CountyDecision, "enrol", TownOfficial()))?.Kind);
        Assert.Equal(CaseRefusalKind.Forbidden, (await world.StepAsync(id, CaseSteps.CountyDecision, "enrol", CountyEmergency))?.Kind);
        Assert.Equal(("identifying", "town_revisited"), world.State(id));
    }

    [Fact]
    public async Task SayingNoNeedsAReasonAndClosesTheCase()
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("拒绝戊"));

        Assert.Equal(CaseRefusalKind.Invalid, (await world.StepAsync(id, CaseSteps.VillageReview, "reject", GridWorker(), " "))?.Kind);
        Assert.Equal(CaseRefusalKind.Invalid, (await world.StepAsync(id, CaseSteps.VillageReview, "maybe", GridWorker()))?.Kind);
        Assert.Null(await world.StepAsync(id, CaseSteps.VillageReview, "reject", GridWorker(), "收入稳定，不符合条件"));

        Assert.Equal(("declined", "village_reviewed"), world.State(id));
        using var c = world.Open();
        Assert.NotNull(c.ExecuteScalar<string>("SELECT closed_utc FROM monitoring_cases WHERE id = @Id", new { Id = id }));
        Assert.Equal("收入稳定，不符合条件", c.ExecuteScalar<string>("SELECT note FROM case_events WHERE kind = 'village_review'"));
    }

    [Fact]
    public async Task TheTownSendsACaseBackAndTheVillageReviewsItAgain()
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("退回己"));
        await world.StepAsync(id, CaseSteps.VillageReview, "submit", GridWorker());

        Assert.Null(await world.StepAsync(id, CaseSteps.TownRevisit, "send_back", TownOfficial(), "收入材料不全"));
        Assert.Equal(("identifying", "clue"), world.State(id));
        Assert.Null(await world.StepAsync(id, CaseSteps.VillageReview, "submit", GridWorker()));

        Assert.Equal(("identifying", "village_reviewed"), world.State(id));
    }

    [Fact]
    public async Task AGridVisitForAnUnregisteredHeadKeepsTheNameAndARegisteredOneFindsItsHousehold()
    {
        await using var world = await CreateAsync();
        var registered = world.AddHousehold("走访庚");
        var opening = world.Get<CaseOpening>();

        var (unknown, _, r1) = await opening.OpenAsync(new CaseOpening.Request(CaseSources.GridVisit, null, Village, "未登记辛", null, null),
            GridWorker(), world.Now, Ct);
        var (known, _, r2) = await opening.OpenAsync(new CaseOpening.Request(CaseSources.GridVisit, null, Village, "走访庚", null, null),
            GridWorker(), world.Now, Ct);

        Assert.Null(r1);
        Assert.Null(r2);
        var store = world.Get<CaseStore>();
        Assert.Equal(("未登记辛", (long?)null), ((await store.GetAsync(unknown, Ct))!.HeadName, (await store.GetAsync(unknown, Ct))!.HouseholdId));
        Assert.Equal(registered, (await store.GetAsync(known, Ct))!.HouseholdId);
    }

    [Fact]
    public async Task ASecondClueForAHouseholdJoinsItsOpenCase()
    {
        await using var world = await CreateAsync();
        var household = world.AddHousehold("重复壬");
        var first = await world.OpenAsync(household);

        var (second, joined, _) = await world.Get<CaseOpening>().OpenAsync(
            new CaseOpening.Request(CaseSources.GridVisit, household, null, null, null, "走访发现"), GridWorker(), world.Now, Ct);

        Assert.True(joined);
        Assert.Equal(first, second);
        Assert.Equal(["clue:application", "clue:grid_visit"], world.EventKinds(first));
    }

    [Theory]
    [InlineData("self_report", 1L, null, null, 0)]
    [InlineData("application", null, "500112101001", null, 0)]
    [InlineData("application", null, "5001121010", "某某", 0)]
    [InlineData("application", 1L, null, null, 1)]
    public async Task BadApplicationsAreRefusedAndOpenNothing(string source, long? household, string? village, string? head, int daysAhead)
    {
        await using var world = await CreateAsync();

        var (_, _, refusal) = await world.Get<CaseOpening>().OpenAsync(
            new CaseOpening.Request(source, household, village, head, world.Today.AddDays(daysAhead), null), GridWorker(), world.Now, Ct);

        Assert.Equal(CaseRefusalKind.Invalid, refusal?.Kind);
        using var c = world.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM monitoring_cases"));
    }

    [Fact]
    public async Task AHouseholdOfAnotherVillageIsNotThereForAGridWorker()
    {
        await using var world = await CreateAsync();
        var elsewhere = world.AddHousehold("别村癸", village: "500112102001");

        var (_, _, refusal) = await world.Get<CaseOpening>().OpenAsync(
            new CaseOpening.Request(CaseSources.Application, elsewhere, null, null, null, null), GridWorker(), world.Now, Ct);

        Assert.Equal(CaseRefusalKind.NotFound, refusal?.Kind);
    }

    private static DateOnly BeijingTime(DateTimeOffset t) => Alerts.Store.Database.BeijingTime.Today(t);

    [Fact]
    public async Task TheMovesOfferedToACallerAreTheOnesTheProcedureWouldRecord()
    {
        await using var world = await CreateAsync();
        var id = await world.OpenAsync(world.AddHousehold("可做甲"));
        var clue = (await world.Get<CaseStore>().GetAsync(id, Ct))!;

        static string[] Offered(CaseRow row, CaseCaller caller) =>
            CaseProcedure.MovesFor(row, caller).Select(m => $"{m.Step}:{m.Outcome}").ToArray();

        Assert.Equal(["village_review:submit", "village_review:reject"], Offered(clue, GridWorker()));
        Assert.Equal(["village_review:submit", "village_review:reject"], Offered(clue, CountyEmergency));
        Assert.Null(await world.StepAsync(id, CaseSteps.VillageReview, "submit", GridWorker()));
        Assert.Null(await world.StepAsync(id, CaseSteps.TownRevisit, "confirm", TownOfficial()));
        var revisited = (await world.Get<CaseStore>().GetAsync(id, Ct))!;
        Assert.Empty(Offered(revisited, GridWorker()));
        Assert.Empty(Offered(revisited, CountyEmergency));
        Assert.Equal(["county_decision:enrol", "county_decision:decline"], Offered(revisited, CountyRural));
    }
}
