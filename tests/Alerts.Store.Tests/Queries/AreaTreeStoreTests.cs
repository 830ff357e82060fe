using Alerts.Store.Households;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Alerts.Store.Seeding;
using Alerts.TestSupport;

namespace Alerts.Store.Tests.Queries;

public sealed class AreaTreeStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task A_county_sees_every_town_with_its_villages_and_the_counts_add_up_to_the_prefix_counts()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 300);
        var tree = await new AreaTreeStore(db.Db).TreeAsync(DemoCounty.CountyCode, Ct);
        var households = new HouseholdStore(db.Db);
        var people = new PersonStore(db.Db);

        Assert.Equal(DemoCounty.TownList.Count, tree.Count);
        Assert.Equal(300, tree.Sum(t => t.Households));
        foreach (var town in tree.Take(3))
        {
            Assert.NotEmpty(town.Villages);
            Assert.All(town.Villages, v => Assert.StartsWith(town.Prefix, v.Code));
            Assert.Equal(await households.CountUnderAsync(town.Prefix, Ct), town.Households);
            Assert.Equal(await people.CountUnderAsync(town.Prefix, Roles.Villager, Ct), town.People);
        }
    }

    [Fact]
    public async Task A_town_sees_only_itself_and_a_village_only_itself_under_its_town()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 50);
        var store = new AreaTreeStore(db.Db);
        var town = DemoCounty.TownList[0].Code;

        var ofTown = await store.TreeAsync(town, Ct);
        var village = ofTown.Single().Villages[0].Code;
        var ofVillage = await store.TreeAsync(village, Ct);

        Assert.Equal(town, ofTown.Single().Code);
        Assert.Equal(town, ofVillage.Single().Code);
        Assert.Equal(village, ofVillage.Single().Villages.Single().Code);
    }
}
