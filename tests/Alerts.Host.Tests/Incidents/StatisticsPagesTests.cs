using System.Net;
using System.Text;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.Incidents;

/// <summary>灾情统计 through the API (JSON, CSV) and the console page: a day's table per town and total, for officials only.</summary>
public sealed class StatisticsPagesTests
{
    private const string Village = "500112101001";

    private static void ConfirmedReport(Microsoft.Data.Sqlite.SqliteConnection c) => c.Execute("""
        INSERT INTO reports (number, village_code, reporter_id, hazard, deaths, injured, house, crops, water, income_lost_yuan,
                             income_lost_max_yuan, status, created_utc, updated_utc)
        VALUES ('S00001', @Village, (SELECT MIN(id) FROM people), 'landslide', 0, 2, 'collapsed', 'none', 'normal', 3000, 5000,
                'confirmed', '2026-07-01T02:00:00.0000000Z', '2026-07-01T02:00:00.0000000Z')
        """, new { Village });

    [Fact]
    public async Task TheApiGivesTheDayAsJsonAndCsvAndRefusesABadDate()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync();
        using (var c = app.OpenDatabase()) ConfirmedReport(c);

        var json = await (await official.GetAsync("/api/incidents/statistics?date=2026-07-01")).JsonAsync();
        var csvResponse = await official.GetAsync("/api/incidents/statistics?date=2026-07-01&format=csv");
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync());

        var town = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == OfficialsApi.Town);
        Assert.Equal(2, town.GetProperty("injured").GetProperty("least").GetInt64());
        Assert.StartsWith("text/csv", csvResponse.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("\uFEFF日期,区划代码,乡镇,死亡(人),受伤(人),倒塌房屋(户),危房(户),直接经济损失(元),受灾户数", csv);
        Assert.Contains($"2026-07-01,{OfficialsApi.Town},", csv);
        Assert.Contains(",3000–5000,1,1,1,0,0,未记录,0,—", csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await official.GetAsync("/api/incidents/statistics?date=2026-13-40")).StatusCode);
    }

    [Fact]
    public async Task ThePageShowsTheTownsAndTheTotalWithItsCsvAndOnlyToOfficials()
    {
        await using var app = new AlertsApp();
        var county = await app.SignedInClientAsync("500112000000", AccountRoles.Official);
        var otherTown = await app.SignedInClientAsync(OfficialsApi.OtherTown, AccountRoles.Official);
        var worker = await app.SignedInClientAsync(Village, AccountRoles.GridWorker);
        using (var c = app.OpenDatabase()) ConfirmedReport(c);

        var page = await county.GetStringAsync("/incidents/statistics?date=2026-07-01");
        var csv = await county.GetAsync("/incidents/statistics?handler=csv&date=2026-07-01");
        var theirs = await otherTown.GetStringAsync("/incidents/statistics?date=2026-07-01");
        var bad = await county.GetStringAsync("/incidents/statistics?date=nonsense");

        Assert.Contains("id=\"statistics\"", page);
        Assert.Contains($"id=\"row-{OfficialsApi.Town}\"", page);
        Assert.Contains("id=\"row-500112000000-total\"", page);
        Assert.Contains("渝北区合计", page);
        Assert.Contains("3000–5000", page);
        Assert.Contains("href=\"/incidents/statistics?handler=csv&amp;date=2026-07-01\"", page);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType!.ToString());
        Assert.DoesNotContain($"row-{OfficialsApi.Town}\"", theirs);
        Assert.DoesNotContain("3000–5000", theirs);
        Assert.Contains("请选择日期", bad);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/incidents/statistics")).StatusCode);
        Assert.DoesNotContain("href=\"/incidents/statistics\"", await worker.GetStringAsync("/"));
        Assert.Contains("href=\"/incidents/statistics\"", await county.GetStringAsync("/"));
    }
}
