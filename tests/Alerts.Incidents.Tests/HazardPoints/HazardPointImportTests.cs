using System.Text;
using Alerts.Incidents.Core;
using Dapper;

namespace Alerts.Incidents.Tests.HazardPoints;

/// <summary>The hazard point register import on the demo county: all or nothing, row errors named, idempotent, jurisdiction.</summary>
public sealed class HazardPointImportTests
{
    [Fact]
    public async Task AGoodFileWritesEachPointWithItsHouseholdsMonitorAndShelterAndASecondImportChangesNothing()
    {
        var f = await HazardPointFixture.CreateAsync();
        using var _ = f.Db;
        var file = f.File(f.Row("HP001", $"{f.RegisterNos[0]}；{f.RegisterNos[1]}"), f.Row("HP002", f.RegisterNos[2], monitor: "", shelter: ""));

        var first = (await f.ImportAsync(file)).Result!;
        var second = (await f.ImportAsync(file)).Result!;

        Assert.Equal((2, 2, 0, 0), (first.Points, first.Created, first.Updated, first.Unchanged));
        Assert.Equal((2, 0, 0, 2), (second.Points, second.Created, second.Updated, second.Unchanged));
        using var c = f.Open();
        var point = c.QuerySingle<(long Id, long? Monitor, long? Shelter, long? Yuan)>(
            "SELECT id, monitor_person_id, shelter_id, property_threatened_yuan FROM hazard_points WHERE code = 'HP001'");
        Assert.NotNull(point.Monitor);
        Assert.NotNull(point.Shelter);
        Assert.Equal(355_000, point.Yuan);
        var numbers = c.Query<string>("""
            SELECT h.register_no FROM hazard_point_households x JOIN households h ON h.id = x.household_id WHERE x.point_id = @Id ORDER BY 1
            """, new { point.Id });
        Assert.Equal(f.RegisterNos.Take(2).Order(), numbers);
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'hazard_point_%'"));
    }

    [Fact]
    public async Task AFileWithAnyBadRowImportsNothingAndNamesEachRowAndColumn()
    {
        var f = await HazardPointFixture.CreateAsync();
        using var _ = f.Db;
        var file = f.File(
            f.Row("HP001", f.RegisterNos[0]),
            f.Row("HP002", "不存在的户"),
            f.Row("HP003", f.RegisterNos[1], monitor: "13900000000"),
            f.Row("HP004", f.RegisterNos[1], shelter: "没有的地方"),
            $"HP005,名字,{f.Village},地震,,,十二,,{f.RegisterNos[0]},,");

        var result = (await f.ImportAsync(file)).Result!;

        Assert.False(result.Succeeded);
        var errors = result.Errors.Select(e => (e.Row, e.Column)).ToList();
        Assert.Contains((6, "类型"), errors);
        Assert.Contains((6, "威胁人数"), errors);
        // Rows 3 to 5 are checked against the database only when every row reads well on its own.
        var fixedFile = file.Replace($"HP005,名字,{f.Village},地震,,,十二", $"HP005,名字,{f.Village},崩塌,,,12");
        var second = (await f.ImportAsync(fixedFile)).Result!;
        Assert.Equal([(3, "受威胁户"), (4, "监测员"), (5, "安置点")], second.Errors.Select(e => (e.Row, e.Column)!).ToList());
        Assert.Contains("第 3 行「受威胁户」", second.Errors[0].ToString());
        using var c = f.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_points"));
    }

    [Fact]
    public async Task AVillageOutsideTheImportersJurisdictionIsRefusedAsUnknownAndGridWorkersMayNotImport()
    {
        var f = await HazardPointFixture.CreateAsync();
        using var _ = f.Db;
        var file = f.File(f.Row("HP001", f.RegisterNos[0]));

        var elsewhere = (await f.ImportAsync(file, region: f.OtherTown)).Result!;
        var water = await f.ImportAsync(file, department: "water");
        var worker = await f.Importer().ImportAsync(Encoding.UTF8.GetBytes(file),
            new IncidentCaller("grid:1", f.Village, IsOfficial: false, null), HazardPointFixture.T0, CancellationToken.None);

        Assert.Equal((2, "村代码"), (elsewhere.Errors.Single().Row, elsewhere.Errors.Single().Column));
        Assert.Contains("不存在或不在您的辖区", elsewhere.Errors.Single().Message);
        Assert.Equal(IncidentRefusalKind.Forbidden, water.Refusal!.Kind);
        Assert.Equal(IncidentRefusalKind.Forbidden, worker.Refusal!.Kind);
        using var c = f.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_points"));
    }

    [Fact]
    public async Task AGb18030FileReadsLikeItsUtf8Twin()
    {
        var f = await HazardPointFixture.CreateAsync();
        using var _ = f.Db;
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(f.File(f.Row("HP001", f.RegisterNos[0])));

        var outcome = await f.Importer().ImportAsync(gb, new IncidentCaller("official:1", f.Village[..6] + "000000", true, "emergency"),
            HazardPointFixture.T0, CancellationToken.None);

        Assert.Equal(1, outcome.Result!.Created);
        using var c = f.Open();
        Assert.Equal("后山滑坡HP001", c.ExecuteScalar<string>("SELECT name FROM hazard_points"));
    }
}
