using System.Net;
using System.Net.Http.Json;
using System.Text;
using Alerts.Identity.Accounts;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>
/// The identification procedure over HTTP: a grid worker opens and reviews a case of their village, the town re-visits,
/// the county decides, the village records the platform entry; departments' lists come in as CSV; the platform export.
/// </summary>
public sealed class CaseProcedureApiTests
{
    private const string Village = "500112101001";

    [Fact]
    public async Task ACaseWalksFromAGridVisitToThePlatformExport()
    {
        await using var app = new AlertsApp();
        using var worker = await app.ClientAsync(Village, role: AccountRoles.GridWorker);
        using var town = await app.ClientAsync(OfficialsApi.Town, Departments.Rural);
        using var county = await app.ClientAsync(OfficialsApi.County, Departments.Rural);

        var opened = await worker.PostAsJsonAsync("/api/monitoring/cases",
            new { source = "grid_visit", villageCode = Village, headName = "未登记甲", note = "走访发现因病致困" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await opened.JsonAsync()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await Step(worker, id, "village_review", "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Step(town, id, "town_revisit", "confirm", "入户复核属实")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await county.PostAsync($"/api/monitoring/cases/{id}/enrol", null)).StatusCode);
        var export = Encoding.UTF8.GetString(await county.GetByteArrayAsync("/api/monitoring/cases/export?format=platform"));
        Assert.Equal(HttpStatusCode.NoContent, (await Step(worker, id, "platform_entry", "entered")).StatusCode);
        var details = await (await worker.GetAsync($"/api/monitoring/cases/{id}")).JsonAsync();

        Assert.StartsWith("\uFEFF区划代码,村,户编号,户主姓名", export);
        Assert.Contains("未登记甲", export);
        Assert.Equal("platform_entered", details.GetProperty("case").GetProperty("stage").GetString());
        Assert.Equal("未登记甲", details.GetProperty("case").GetProperty("headName").GetString());
        Assert.Equal(["clue", "village_review", "town_revisit", "county_decision", "platform_entry"],
            details.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task AnotherPlacesCaseIsNotThere()
    {
        await using var app = new AlertsApp();
        using var worker = await app.ClientAsync(Village, role: AccountRoles.GridWorker);
        using var neighbour = await app.ClientAsync("500112101002", role: AccountRoles.GridWorker);
        using var otherTown = await app.ClientAsync(OfficialsApi.OtherTown, Departments.Rural);
        var id = await OpenAsync(worker);

        foreach (var client in new[] { neighbour, otherTown })
        {
            var get = await client.GetAsync($"/api/monitoring/cases/{id}");
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.DoesNotContain(Village, await get.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await Step(client, id, "village_review", "submit")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/api/monitoring/cases/99999")).StatusCode);
        using var c = app.OpenDatabase();
        Assert.Equal("clue", c.ExecuteScalar<string>("SELECT stage FROM monitoring_cases WHERE id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task EachStepIsForThoseWhoMayTakeIt()
    {
        await using var app = new AlertsApp();
        using var worker = await app.ClientAsync(Village, role: AccountRoles.GridWorker);
        using var town = await app.ClientAsync(OfficialsApi.Town, Departments.Rural);
        using var countyEmergency = await app.ClientAsync(OfficialsApi.County, Departments.Emergency);
        var id = await OpenAsync(worker);
        await Step(worker, id, "village_review", "submit");

        Assert.Equal(HttpStatusCode.Forbidden, (await Step(worker, id, "town_revisit", "confirm")).StatusCode);
        await Step(town, id, "town_revisit", "confirm");
        Assert.Equal(HttpStatusCode.Forbidden, (await Step(town, id, "county_decision", "enrol")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await countyEmergency.PostAsync($"/api/monitoring/cases/{id}/enrol", null)).StatusCode);
        // A grid worker's key still neither exports nor imports lists.
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/monitoring/cases/export?format=platform")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync("/api/monitoring/screening?department=water", Csv("x"))).StatusCode);
    }

    [Fact]
    public async Task BadInputIsRefusedWithItsReasonAndChangesNothing()
    {
        await using var app = new AlertsApp();
        using var worker = await app.ClientAsync(Village, role: AccountRoles.GridWorker);
        using var town = await app.ClientAsync(OfficialsApi.Town, Departments.Rural);
        var id = await OpenAsync(worker);

        var badStep = await Step(worker, id, "jump", "submit");
        var noReason = await Step(worker, id, "village_review", "reject");
        var outOfOrder = await Step(town, id, "town_revisit", "confirm");
        var badDate = await worker.PostAsJsonAsync("/api/monitoring/cases",
            new { source = "application", villageCode = Village, headName = "某", appliedOn = "2026/11/01" });
        var badFormat = await town.GetAsync("/api/monitoring/cases/export?format=csv");

        Assert.All(new[] { badStep, noReason, badDate, badFormat }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, outOfOrder.StatusCode);
        Assert.Contains("村级审查", (await outOfOrder.JsonAsync()).GetProperty("zh").GetString());
        using var c = app.OpenDatabase();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM monitoring_cases"));
        Assert.Equal("clue", c.ExecuteScalar<string>("SELECT stage FROM monitoring_cases WHERE id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task ADepartmentsListComesInOnceAndABadOneNamesItsLines()
    {
        await using var app = new AlertsApp();
        using var town = await app.ClientAsync(OfficialsApi.Town, Departments.Civil);
        var good = Csv($"村代码,户主姓名,原因,名单日期\r\n{Village},名单甲,低保边缘,2026-01-05\r\n");
        var bad = Csv($"村代码,户主姓名,原因,名单日期\r\n{Village},名单乙,,2026-01-05\r\n500112102001,名单丙,低保,2026-01-05\r\n");

        var first = await town.PostAsync("/api/monitoring/screening?department=civil_affairs", good);
        var again = await town.PostAsync("/api/monitoring/screening?department=民政", Csv($"村代码,户主姓名,原因,名单日期\r\n{Village},名单甲,低保边缘,2026-01-05\r\n"));
        var refused = await town.PostAsync("/api/monitoring/screening?department=civil_affairs", bad);
        var unknownOffice = await town.PostAsync("/api/monitoring/screening?department=tax", Csv("村代码"));

        Assert.Equal(1, (await first.JsonAsync()).GetProperty("imported").GetInt32());
        Assert.Equal(1, (await again.JsonAsync()).GetProperty("duplicates").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("line 2", out _));
        Assert.True(errors.TryGetProperty("line 3", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownOffice.StatusCode);
        using var c = app.OpenDatabase();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM screening_clues"));
    }

    private static async Task<long> OpenAsync(HttpClient worker)
    {
        var response = await worker.PostAsJsonAsync("/api/monitoring/cases", new { source = "application", villageCode = Village, headName = "申请人" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    private static Task<HttpResponseMessage> Step(HttpClient client, long id, string step, string outcome, string? note = null) =>
        client.PostAsJsonAsync($"/api/monitoring/cases/{id}/steps", new { step, outcome, note });

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
