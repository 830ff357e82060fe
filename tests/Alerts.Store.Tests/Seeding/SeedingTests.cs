using Alerts.Store.Regions;
using Alerts.Store.Seeding;
using Alerts.TestSupport;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.Store.Tests.Seeding;

public sealed class SeedingTests
{
    [Fact]
    public void TheDemoCountyHasTenTownsAboutAHundredVillagesAndWellFormedUniqueCodesAndNames()
    {
        var regions = DemoCounty.Regions;
        Assert.Equal(10, DemoCounty.TownList.Count);
        Assert.InRange(DemoCounty.Villages.Count, 90, 110);
        Assert.All(regions, r => Assert.True(DivisionCode.IsWellFormed(r.Code), r.Code));
        Assert.All(regions, r => Assert.Equal(r.Level, DivisionCode.Level(r.Code)));
        Assert.All(regions.Where(r => r.ParentCode is not null), r => Assert.Equal(DivisionCode.Parent(r.Code), r.ParentCode));
        Assert.Equal(regions.Count, regions.Select(r => r.Code).Distinct().Count());
        Assert.Equal(DemoCounty.Villages.Count, DemoCounty.Villages.Select(v => v.Name).Distinct().Count());
        Assert.All(DemoCounty.Villages, v => Assert.EndsWith("村", v.Name));
    }

    [Fact]
    public async Task TheSameSeedMakesTheSameHouseholdsAndPeople()
    {
        using var a = await TempDatabase.WithDemoCountyAsync(households: 200);
        using var b = await TempDatabase.WithDemoCountyAsync(households: 200);
        const string households = "SELECT id, village_code, address, head_name, is_lifted_out, has_dibao FROM households ORDER BY id";
        const string people = "SELECT id, household_id, name, role, phone, wechat_openid, is_elderly FROM people ORDER BY id";

        using var ca = a.Open();
        using var cb = b.Open();
        Assert.Equal(Rows(ca, households), Rows(cb, households));
        Assert.Equal(Rows(ca, people), Rows(cb, people));
    }

    [Fact]
    public async Task SeedingAgainAppendsNewUniquePeopleInE164()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 100);
        var seeder = new HouseholdSeeder(db.Db, TimeProvider.System);
        var result = seeder.Seed(250, DemoCounty.Villages);

        using var c = db.Open();
        Assert.Equal(101, result.FirstHouseholdId);
        Assert.Equal(350, c.ExecuteScalar<long>("SELECT COUNT(*) FROM households"));
        var phones = c.Query<string>("SELECT phone FROM people WHERE phone IS NOT NULL").ToList();
        Assert.Equal(phones.Count, phones.Distinct().Count());
        Assert.All(phones, p => Assert.Matches(@"^\+861[358]\d{9}$", p));
        var openids = c.Query<string>("SELECT wechat_openid FROM people WHERE wechat_openid IS NOT NULL").ToList();
        Assert.All(openids, o => Assert.Matches("^o[A-Za-z0-9_-]{27}$", o));
        Assert.Equal(0, c.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM people p JOIN households h ON h.id = p.household_id WHERE p.region_code <> h.village_code"));
    }

    [Fact]
    public async Task TheDemoCountyIsLoadedOnlyIntoAnEmptyDatabase()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var loader = new DemoDataLoader(db.Db, new HouseholdSeeder(db.Db, TimeProvider.System), TimeProvider.System,
            NullLogger<DemoDataLoader>.Instance);

        Assert.False(loader.LoadIfEmpty(20));
        using var c = db.Open();
        Assert.Equal(20, c.ExecuteScalar<long>("SELECT COUNT(*) FROM households"));
    }

    private static List<string> Rows(System.Data.IDbConnection c, string sql) =>
        c.Query(sql).Select(r => string.Join("|", ((IDictionary<string, object?>)r).Values)).ToList();
}
