using System.Net;
using Alerts.Host.Tests.Households;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.HazardPoints;

/// <summary>The console's hazard point pages in-process: import with counts or the row errors, the list, a point, jurisdiction.</summary>
public sealed class HazardPointPagesTests
{
    [Fact]
    public async Task AnImportedPointIsListedAndShownWithItsHouseholdsAndTheForecastFormAndAnotherTownSeesNothing()
    {
        await using var app = new AlertsApp();
        using var county = await app.SignedInClientAsync();
        using var otherTown = await app.SignedInClientAsync("500112102000");
        string csv;
        using (var c = app.OpenDatabase()) csv = HazardPointRows.File(c).Csv;

        var imported = await (await HouseholdUploads.PostAsync(county, "/hazard-points/import", csv)).Content.ReadAsStringAsync();
        var list = await county.GetStringAsync("/hazard-points?village=" + HazardPointRows.Village);
        long id;
        using (var c = app.OpenDatabase()) id = c.ExecuteScalar<long>("SELECT id FROM hazard_points WHERE code = 'HP001'");
        var details = await county.GetStringAsync($"/hazard-points/{id}");

        Assert.Contains("<dd id=\"count-created\">1</dd>", imported);
        Assert.Contains("金坪村后山滑坡", list);
        Assert.Contains("受威胁户（2 户）", details);
        Assert.Contains("id=\"forecast-form\"", details);
        Assert.Contains("还没有监测员报告", details);
        Assert.DoesNotContain("HP001", await otherTown.GetStringAsync("/hazard-points"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync($"/hazard-points/{id}")).StatusCode);
    }

    [Fact]
    public async Task ARefusedFileShowsEachRowErrorAndImportsNothing()
    {
        await using var app = new AlertsApp();
        using var county = await app.SignedInClientAsync();
        string csv;
        using (var c = app.OpenDatabase()) csv = HazardPointRows.File(c).Csv + $"HP002,坏行,{HazardPointRows.Village},地震,,,1,,0000000,,\n";

        var page = await (await HouseholdUploads.PostAsync(county, "/hazard-points/import", csv)).Content.ReadAsStringAsync();

        Assert.Contains("id=\"error-report\"", page);
        Assert.Contains("<td class=\"num\">3</td><td>类型</td>", page);
        using var check = app.OpenDatabase();
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_points WHERE code IN ('HP001', 'HP002')"));
    }

    [Fact]
    public async Task TheDemoCountyStartsWithAFewPointsEachWithHouseholdsAndAMonitor()
    {
        await using var app = new AlertsApp(new Dictionary<string, string?> { ["Demo:HazardPoints"] = "true" });
        using var county = await app.SignedInClientAsync();

        var list = await county.GetStringAsync("/hazard-points");

        Assert.Contains("后山滑坡", list);
        using var c = app.OpenDatabase();
        Assert.Equal(3, c.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_points WHERE monitor_person_id IS NOT NULL"));
        Assert.Equal(9, c.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_point_households"));
    }
}
