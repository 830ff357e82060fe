using System.Net;
using System.Net.Http.Json;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>
/// Issue 9: an update or all-clear keeps what it changes (hazard, event, areas) and follows the rules of the warning
/// it changes; a 临灾预报 is a county natural resources office's act, approved by a second official of that county.
/// </summary>
public sealed class UpdateAndAllClearRulesTests
{
    private static async Task<(long Id, HttpClient NaturalResources)> PublishedForecastAsync(AlertsApp app)
    {
        var naturalResources = await app.ClientAsync(department: Departments.NaturalResources);
        using var emergency = await app.ClientAsync();
        return (await naturalResources.PublishAsync(emergency, OfficialsApi.Forecast()), naturalResources);
    }

    private static long WarningCount(AlertsApp app)
    {
        using var c = app.OpenDatabase();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings");
    }

    [Fact]
    public async Task AnAllClearThatNamesAnotherHazardIsRefused()
    {
        await using var app = new AlertsApp();
        var (id, naturalResources) = await PublishedForecastAsync(app);
        using var _ = naturalResources;

        var response = await naturalResources.PostAsJsonAsync("/api/warnings", new
        {
            hazard = "weather", @event = "暴雨", level = "red", kind = "all_clear", headline = "解除", description = "解除", references = id,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["event", "hazard"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("published", app.StatusOf(id));
        Assert.Equal(1, WarningCount(app));
    }

    [Fact]
    public async Task AnOfficialWhoCouldNotPublishAForecastCanNeitherLiftNorUpdateIt()
    {
        await using var app = new AlertsApp();
        var (id, naturalResources) = await PublishedForecastAsync(app);
        using var _ = naturalResources;
        using var emergency = await app.ClientAsync();

        // The bug of issue 9: calling the all-clear a rainstorm's slipped past the natural-resources-only rule.
        var otherHazard = await emergency.PostAsJsonAsync("/api/warnings", new
        {
            hazard = "weather", @event = "暴雨", level = "red", kind = "all_clear", headline = "解除", description = "解除", references = id,
        });
        var sameHazard = await emergency.PostAsJsonAsync("/api/warnings", new { kind = "all_clear", references = id });
        var update = await emergency.PostAsJsonAsync("/api/warnings", new { kind = "warning", headline = "更新", description = "更新", references = id });
        var cancel = await emergency.PostAsync($"/api/warnings/{id}/cancel", null);

        Assert.All(new[] { otherHazard, sameHazard, update, cancel }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("自然资源", (await sameHazard.JsonAsync()).GetProperty("zh").GetString());
        Assert.Equal("published", app.StatusOf(id));
        Assert.Equal(1, WarningCount(app));
    }

    [Fact]
    public async Task AnUpdateMayAddAreasOnlyInsideTheCallersJurisdiction()
    {
        await using var app = new AlertsApp();
        using var town = await app.ClientAsync(OfficialsApi.Town);
        using var county = await app.ClientAsync();
        using var secondCounty = await app.ClientAsync();
        var own = await town.PublishAsync(county, OfficialsApi.Gale("500112101"));
        var countyWide = await county.PublishAsync(secondCounty, OfficialsApi.Gale("500112101", "500112102"));

        var beyond = await town.PostAsJsonAsync("/api/warnings", new
        {
            level = "orange", headline = "大风升级", description = "风力加大。", references = own, areas = new[] { "500112101", "500112102001" },
        });
        var ofAWiderWarning = await town.PostAsJsonAsync("/api/warnings", new
        {
            level = "orange", headline = "大风升级", description = "风力加大。", references = countyWide,
        });
        var inside = await town.PostAsJsonAsync("/api/warnings", new
        {
            level = "orange", headline = "大风升级", description = "风力加大。", references = own,
        });

        Assert.Equal(HttpStatusCode.Forbidden, beyond.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ofAWiderWarning.StatusCode);
        // The wider warning's other town is another jurisdiction's: the refusal does not name it.
        Assert.DoesNotContain("500112102", await ofAWiderWarning.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        Assert.Equal(["500112101"], (await inside.JsonAsync()).GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task AnUpdateThatDropsAnAreaOfTheOriginalIsRefusedAndAnAllClearCoversExactlyIt()
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync();
        using var approver = await app.ClientAsync();
        var id = await county.PublishAsync(approver, OfficialsApi.Gale("500112101", "500112102"));
        object Update(string kind, params string[] areas) =>
            new { kind, level = "orange", headline = "大风", description = "大风", references = id, areas };

        var drops = await county.PostAsJsonAsync("/api/warnings", Update("warning", "500112101"));
        var narrows = await county.PostAsJsonAsync("/api/warnings", Update("warning", "500112101", "500112102001"));
        var allClearAdds = await county.PostAsJsonAsync("/api/warnings", Update("all_clear", "500112101", "500112102", "500112103"));
        var allClearDrops = await county.PostAsJsonAsync("/api/warnings", Update("all_clear", "500112102"));
        var adds = await county.PostAsJsonAsync("/api/warnings", Update("warning", "500112", "500112101"));

        foreach (var refused in new[] { drops, narrows, allClearAdds, allClearDrops })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var areas = (await refused.JsonAsync()).GetProperty("errors").GetProperty("areas")[0].GetString();
            if (refused == drops) Assert.Contains("500112102", areas);
        }
        Assert.Equal(HttpStatusCode.Created, adds.StatusCode);
        Assert.Equal(["500112"], (await adds.JsonAsync()).GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task AForecastIsIssuedOnlyByACountysNaturalResourcesOfficeAndApprovedByAnotherOfficialOfThatCounty()
    {
        await using var app = new AlertsApp();
        using var townNaturalResources = await app.ClientAsync(OfficialsApi.Town, Departments.NaturalResources);
        using var countyNaturalResources = await app.ClientAsync(department: Departments.NaturalResources);
        using var townEmergency = await app.ClientAsync(OfficialsApi.Town);
        using var countyWater = await app.ClientAsync(department: Departments.Water);
        using var gridWorker = await app.ClientAsync("500112101001", role: AccountRoles.GridWorker);

        var byTown = await townNaturalResources.PostAsJsonAsync("/api/warnings", OfficialsApi.Forecast());
        var id = await countyNaturalResources.CreateIdAsync(OfficialsApi.Forecast());
        var bySelf = await countyNaturalResources.PostAsync($"/api/warnings/{id}/approve", null);
        var byTownOfficial = await townEmergency.PostAsync($"/api/warnings/{id}/approve", null);
        var byGridWorker = await gridWorker.PostAsync($"/api/warnings/{id}/approve", null);
        var byCountyOfAnyDepartment = await countyWater.PostAsync($"/api/warnings/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, byTown.StatusCode);
        Assert.Contains("区县", (await byTown.JsonAsync()).GetProperty("zh").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, bySelf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byTownOfficial.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byGridWorker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byCountyOfAnyDepartment.StatusCode);
        Assert.Equal("published", app.StatusOf(id));
    }
}
