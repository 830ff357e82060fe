using Alerts.Incidents.Core;
using Alerts.Incidents.Shelters;
using Alerts.Store.Audit;
using Dapper;

namespace Alerts.Incidents.Tests.Shelters;

/// <summary>Officials keep their villages' shelters: one at a time or a CSV all or nothing, inside their jurisdiction only.</summary>
public sealed class ShelterDeskTests
{
    private static (ShelterDesk Desk, ShelterStore Store) Make(TempDatabase db)
    {
        var store = new ShelterStore(db.Db);
        return (new ShelterDesk(db.Db, store, new AuditStore(db.Db, TimeProvider.System), TimeProvider.System), store);
    }

    private static (string Village, string OtherTownVillage) Villages(TempDatabase db)
    {
        using var c = db.Open();
        var villages = c.Query<string>("SELECT code FROM regions WHERE level = 5 ORDER BY code").AsList();
        return (villages[0], villages.First(v => v[..9] != villages[0][..9]));
    }

    [Fact]
    public async Task AnOfficialAddsAndChangesAShelterOfTheirTownAndAnotherTownsVillageIsAsIfMissing()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        var (desk, _) = Make(db);
        var (village, elsewhere) = Villages(db);
        var town = new IncidentCaller("official:1", village[..9] + "000", IsOfficial: true, "emergency");

        var added = await desk.CreateAsync(town, new ShelterInput(village, " 村小学 ", "村委会旁", 120, 106.5, 29.6), CancellationToken.None);
        var twice = await desk.CreateAsync(town, new ShelterInput(village, "村小学", null, 50, null, null), CancellationToken.None);
        var outside = await desk.CreateAsync(town, new ShelterInput(elsewhere, "村小学", null, 50, null, null), CancellationToken.None);
        var bad = await desk.CreateAsync(town, new ShelterInput(village, "", null, 0, 106.5, null), CancellationToken.None);
        var changed = await desk.UpdateAsync(town, added.Shelter!.Id, new ShelterInput(null, "村小学", "村委会旁", 150, null, null), CancellationToken.None);
        var otherTown = new IncidentCaller("official:2", elsewhere[..9] + "000", IsOfficial: true, "emergency");
        var notTheirs = await desk.UpdateAsync(otherTown, added.Shelter.Id, new ShelterInput(null, "改名", null, 10, null, null), CancellationToken.None);

        Assert.Equal(("村小学", 120), (added.Shelter.Name, added.Shelter.Capacity));
        Assert.Equal(IncidentRefusalKind.Conflict, twice.Refusals.Single().Kind);
        Assert.Equal(IncidentRefusalKind.NotFound, outside.Refusals.Single().Kind);
        Assert.Equal(3, bad.Refusals.Count); // name, capacity, half a coordinate
        Assert.Equal(150, changed.Shelter!.Capacity);
        Assert.Equal(IncidentRefusalKind.NotFound, notTheirs.Refusals.Single().Kind);
        using var c = db.Open();
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE subject = @S", new { S = $"shelter:{added.Shelter.Id}" }));
    }

    [Fact]
    public async Task AnImportWithAnyBadRowWritesNothingAndNamesEveryLineAndTheSameFileTwiceChangesNothing()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        var (desk, store) = Make(db);
        var (village, elsewhere) = Villages(db);
        var caller = new IncidentCaller("official:1", village[..9] + "000", IsOfficial: true, "emergency");
        var good = $"村代码,名称,地址,容量,经度,纬度\n{village},村小学,村委会旁,120,106.51,29.6\n{village},村委会,,60,,\n";
        var bad = good + $"{elsewhere},村小学,,80,,\n{village},祠堂,,很多,,\n{village},村小学,,10,,\n";

        var refused = await desk.ImportAsync(caller, bad, CancellationToken.None);
        var first = await desk.ImportAsync(caller, good, CancellationToken.None);
        var again = await desk.ImportAsync(caller, good, CancellationToken.None);
        var changed = await desk.ImportAsync(caller, good.Replace(",60,", ",80,", StringComparison.Ordinal), CancellationToken.None);

        Assert.Equal([4, 5, 6], refused.Errors.Select(e => e.Line));
        Assert.Equal((0, 0, 0), (refused.Created, refused.Updated, refused.Unchanged));
        Assert.Equal((2, 0, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 1), (changed.Created, changed.Updated, changed.Unchanged));
        Assert.Equal(["村小学", "村委会"], (await store.UnderAsync(village, CancellationToken.None)).Select(s => s.Name));
    }

    [Fact]
    public void TheDirectionsNameAVillagesShelterWithAShortAddressAndNothingWhenThereIsNone()
    {
        Shelter S(long id, string name, string? address) => new() { Id = id, VillageCode = "500112001001", Name = name, Address = address, Capacity = 10 };

        Assert.Null(ShelterDirections.Phrase([]));
        Assert.Equal("村小学安置点（村委会旁）", ShelterDirections.Phrase([S(1, "村小学", "村委会旁")]));
        Assert.Equal("村小学安置点（村委会旁）或村委会安置点", ShelterDirections.Phrase([S(2, "村委会安置点", null), S(1, "村小学", "村委会旁")]));
        Assert.Equal("村小学安置点", ShelterDirections.Phrase([S(1, "村小学", "重庆市渝北区某某镇某某村三组一百二十号")]));
    }
}
