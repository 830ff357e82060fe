using System.Net;
using System.Net.Http.Json;
using System.Text;
using Alerts.Broadcast.Shelters;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Incidents;

/// <summary>Officials keep the shelters of their villages through /api/shelters; the warnings' port reads them back.</summary>
public sealed class ShelterApiTests
{
    private const string Village = "500112101001";

    [Fact]
    public async Task ATownOfficialAddsListsChangesAndImportsShelterAndAnotherTownSeesNoneOfIt()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync(OfficialsApi.Town);
        using var other = await app.ClientAsync(OfficialsApi.OtherTown);
        using var worker = await app.ClientAsync(Village, department: null!, role: AccountRoles.GridWorker);

        var created = await official.PostAsJsonAsync("/api/shelters", new { village = Village, name = "村小学", address = "村委会旁", capacity = 120 });
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        var refused = await official.PostAsJsonAsync("/api/shelters", new { village = Village, name = "", capacity = 0 });
        var list = await (await official.GetAsync($"/api/shelters?village={Village}")).JsonAsync();
        var otherList = await (await other.GetAsync($"/api/shelters?village={Village}")).JsonAsync();
        var otherPut = await other.PutAsJsonAsync($"/api/shelters/{id}", new { name = "改名", capacity = 10 });
        var put = await official.PutAsJsonAsync($"/api/shelters/{id}", new { name = "村小学", address = "村委会旁", capacity = 150 });
        var import = await official.PostAsync("/api/shelters/import",
            new StringContent($"村代码,名称,地址,容量\n{Village},村小学,村委会旁,150\n{Village},村委会,,60\n", Encoding.UTF8, "text/csv"));
        var badImport = await official.PostAsync("/api/shelters/import",
            new StringContent($"村代码,名称,容量\n500112102001,村小学,80\n{Village},祠堂,很多\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("村小学", Assert.Single(list.EnumerateArray()).GetProperty("name").GetString());
        Assert.Empty(otherList.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, otherPut.StatusCode);
        Assert.Equal(150, (await put.JsonAsync()).GetProperty("capacity").GetInt32());
        var counts = await import.JsonAsync();
        Assert.Equal((1, 0, 1), (counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, badImport.StatusCode);
        Assert.Equal([2, 3], (await badImport.JsonAsync()).GetProperty("rowErrors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/shelters")).StatusCode);

        // The port the warnings name shelters through reads the same records, per village.
        var directions = app.Services.GetRequiredService<IShelterDirections>();
        Assert.Equal("村小学安置点（村委会旁）或村委会安置点", await directions.ForVillageAsync(Village, CancellationToken.None));
        Assert.Null(await directions.ForVillageAsync("500112102001", CancellationToken.None));
        using var c = app.OpenDatabase();
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM shelters"));
        Assert.True(c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'shelter.%'") >= 3);
    }

    [Fact]
    public async Task AFreshDemoDatabaseGivesEveryDemoVillageItsSchoolShelter()
    {
        await using var app = new AlertsApp(new Dictionary<string, string?> { ["Demo:Shelters"] = "true" });
        using var client = app.CreateClient();
        using var c = app.OpenDatabase();

        Assert.Equal(c.ExecuteScalar<int>("SELECT COUNT(*) FROM regions WHERE level = 5"),
            c.ExecuteScalar<int>("SELECT COUNT(*) FROM shelters WHERE name = '村小学' AND address = '村委会旁'"));
    }
}
