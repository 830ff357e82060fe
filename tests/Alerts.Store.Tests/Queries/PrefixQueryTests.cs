using Alerts.Store.Database;
using Alerts.Store.Households;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Alerts.Store.Seeding;
using Alerts.Store.Summary;
using Alerts.TestSupport;
using Dapper;

namespace Alerts.Store.Tests.Queries;

public sealed class PrefixQueryTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CountsUnderATownMatchTheSumOfItsVillages()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 800);
        var people = new PersonStore(db.Db);
        var households = new HouseholdStore(db.Db);
        var town = DemoCounty.TownList[0];
        var prefix = DivisionCode.Prefix(town.Code);

        using var c = db.Open();
        var expectedPeople = c.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM people WHERE substr(region_code, 1, 9) = @P AND role = 'villager'", new { P = prefix });
        var expectedHouseholds = c.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM households WHERE substr(village_code, 1, 9) = @P", new { P = prefix });

        Assert.True(expectedPeople > 0);
        Assert.Equal(expectedPeople, await people.CountUnderAsync(prefix, Roles.Villager, Ct));
        Assert.Equal(expectedHouseholds, await households.CountUnderAsync(prefix, Ct));
        Assert.Equal(800, await households.CountUnderAsync(DemoCounty.CountyPrefix, Ct));
        Assert.Equal(0, await households.CountUnderAsync("500113", Ct));
    }

    [Theory]
    [InlineData("SELECT id FROM people WHERE region_code >= @From AND region_code < @To AND role = 'villager'", "ix_people_region_role")]
    [InlineData("SELECT id FROM households WHERE village_code >= @From AND village_code < @To", "ix_households_village")]
    public async Task EveryoneUnderAPrefixIsARangeScanOnAnIndex(string sql, string index)
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 50);
        using var c = db.Open();
        var (from, to) = DivisionCode.Range("500112101");
        if (db.Engine == StoreEngine.Postgres)
        {
            // PostgreSQL reads a table this small straight through; with that path priced out, the index must serve.
            c.Execute("SET enable_seqscan = off");
            var pgPlan = string.Join("\n", c.Query<string>("EXPLAIN " + sql, new { From = from, To = to }));
            Assert.Contains($"Index", pgPlan);
            Assert.Contains(index, pgPlan);
            return;
        }
        var plan = string.Join("\n", c.Query("EXPLAIN QUERY PLAN " + sql, new { From = from, To = to })
            .Select(row => (string)((IDictionary<string, object>)row)["detail"]));

        Assert.Contains($"SEARCH", plan);
        Assert.Contains(index, plan);
    }

    [Fact]
    public async Task PeopleAreFoundByPhoneAndOpenidAndWorkersByVillage()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 100);
        var store = new PersonStore(db.Db);
        using var c = db.Open();
        var someone = c.QueryFirst<(long Id, string Phone, string Openid)>(
            "SELECT id, phone, wechat_openid FROM people WHERE phone IS NOT NULL AND wechat_openid IS NOT NULL AND role = 'villager'");

        Assert.Equal(someone.Id, (await store.FindByPhoneAsync(someone.Phone, Ct))!.Id);
        Assert.Equal(someone.Id, (await store.FindByOpenidAsync(someone.Openid, Ct))!.Id);
        Assert.Null(await store.FindByPhoneAsync("+8613000000000", Ct));

        var village = DemoCounty.Villages[3];
        var workers = await store.GridWorkersOfAsync(village.Code, Ct);
        var worker = Assert.Single(workers);
        Assert.Equal(Roles.GridWorker, worker.Role);
        Assert.Equal(village.Code, worker.RegionCode);
    }

    [Fact]
    public async Task TheSummaryCountsTheDemoCountyAndATownOnlyWhatIsUnderIt()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 300);
        var store = new SummaryStore(db.Db, TimeProvider.System);
        var summary = await store.GetAsync("500112", Ct);
        var town = await store.GetAsync(DemoCounty.TownList[0].Code[..9], Ct);
        var otherCounty = await store.GetAsync("500113", Ct);

        Assert.Equal((1, DemoCounty.Villages.Count(v => v.ParentCode == DemoCounty.TownList[0].Code), 2),
            (town.Towns, town.Villages, town.Officials));
        Assert.InRange(town.Households, 1, 299);
        Assert.Equal((0, 0, 0), (otherCounty.Towns, otherCounty.Households, otherCounty.Villagers));

        Assert.Equal(DemoCounty.TownList.Count, summary.Towns);
        Assert.Equal(DemoCounty.Villages.Count, summary.Villages);
        Assert.Equal(300, summary.Households);
        Assert.Equal(DemoCounty.Villages.Count, summary.GridWorkers);
        Assert.Equal(DemoCounty.TownList.Count * 2 + 6, summary.Officials);
        Assert.InRange(summary.Villagers, 300, 1500);
        Assert.Equal(0, summary.ReportsWaiting + summary.Candidates + summary.WarningsInForce);
    }

    [Fact]
    public async Task RegionsAreListedUnderAPrefixByLevel()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 10);
        var regions = new RegionStore(db.Db);
        var towns = await regions.UnderAsync(DemoCounty.CountyPrefix, 4, Ct);
        var firstTownVillages = await regions.ChildrenAsync(towns[0].Code, Ct);

        Assert.Equal(DemoCounty.TownList.Select(t => t.Name), towns.Select(t => t.Name));
        Assert.All(firstTownVillages, v => Assert.StartsWith(towns[0].Code[..9], v.Code));
        Assert.Equal("渝北区", (await regions.GetAsync(DemoCounty.CountyCode, Ct))!.Name);
    }
}
