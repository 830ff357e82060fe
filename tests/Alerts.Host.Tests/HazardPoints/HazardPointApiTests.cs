using System.Net;
using System.Net.Http.Json;
using System.Text;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.HazardPoints;

/// <summary>The hazard point register over the API, and a 临灾预报 for a point reaching exactly its threatened households.</summary>
public sealed class HazardPointApiTests
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task TheCountyImportsPointsOnceAndAnotherTownSeesNoneOfThem()
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync(OfficialsApi.County, Departments.NaturalResources);
        using var otherTown = await app.ClientAsync(OfficialsApi.OtherTown, Departments.NaturalResources);
        string csv;
        using (var c = app.OpenDatabase()) csv = HazardPointRows.File(c).Csv;

        var first = await (await county.PostAsync("/api/hazard-points/import", Csv(csv))).JsonAsync();
        var second = await (await county.PostAsync("/api/hazard-points/import", Csv(csv))).JsonAsync();
        // The demo county comes with a few demo points of its own; ours is found by its code.
        var point = (await (await county.GetAsync("/api/hazard-points")).JsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "HP001");
        var id = point.GetProperty("id").GetInt64();
        var details = await (await county.GetAsync($"/api/hazard-points/{id}")).JsonAsync();

        Assert.Equal(1, first.GetProperty("created").GetInt32());
        Assert.Equal(1, second.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, point.GetProperty("householdCount").GetInt32());
        Assert.NotNull(point.GetProperty("monitorName").GetString());
        Assert.Equal(2, details.GetProperty("households").GetArrayLength());
        Assert.DoesNotContain("HP001", await (await otherTown.GetAsync("/api/hazard-points")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync($"/api/hazard-points/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.PostAsJsonAsync($"/api/hazard-points/{id}/forecast",
            new { description = "裂缝加宽" })).StatusCode);
    }

    [Fact]
    public async Task AFileWithABadRowImportsNothingAndTheAnswerNamesTheRow()
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync(OfficialsApi.County, Departments.Emergency);
        string csv;
        using (var c = app.OpenDatabase()) csv = HazardPointRows.File(c).Csv + $"HP002,坏行,{HazardPointRows.Village},地震,,,1,,0000000,,\n";

        var response = await county.PostAsync("/api/hazard-points/import", Csv(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第 3 行「类型」", await response.Content.ReadAsStringAsync());
        using var check = app.OpenDatabase();
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_points WHERE code IN ('HP001', 'HP002')"));
    }

    [Fact]
    public async Task APointsForecastIsApprovedByASecondOfficialAndReachesExactlyItsThreatenedHouseholds()
    {
        await using var app = new AlertsApp();
        using var resources = await app.ClientAsync(OfficialsApi.County, Departments.NaturalResources);
        using var emergency = await app.ClientAsync(OfficialsApi.County, Departments.Emergency);
        IReadOnlyList<long> households;
        string csv;
        using (var c = app.OpenDatabase()) (csv, households) = HazardPointRows.File(c);
        await resources.PostAsync("/api/hazard-points/import", Csv(csv));
        long id;
        using (var c = app.OpenDatabase()) id = c.ExecuteScalar<long>("SELECT id FROM hazard_points WHERE code = 'HP001'");

        var refused = await emergency.PostAsJsonAsync($"/api/hazard-points/{id}/forecast", new { description = "后山裂缝加宽" });
        var created = await resources.PostAsJsonAsync($"/api/hazard-points/{id}/forecast",
            new { description = "后山裂缝加宽，预计6小时内可能滑坡，威胁坡下2户。" });
        var warning = await created.JsonAsync();
        var warningId = warning.GetProperty("id").GetInt64();
        Assert.Equal("awaiting_approval", warning.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await emergency.PostAsync($"/api/warnings/{warningId}/approve", null)).StatusCode);
        await app.WaitTargetedAsync(warningId);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var check = app.OpenDatabase();
        var reached = check.Query<long>("SELECT person_id FROM deliveries WHERE warning_id = @Id ORDER BY 1", new { Id = warningId });
        var expected = check.Query<long>("SELECT id FROM people WHERE household_id IN @Households AND role = 'villager' ORDER BY 1",
            new { Households = households });
        Assert.NotEmpty(expected);
        Assert.Equal(expected, reached);
        Assert.True(check.ExecuteScalar<int>("SELECT COUNT(*) FROM people WHERE region_code = @V AND role = 'villager'",
            new { V = HazardPointRows.Village }) > expected.Count());
    }
}
