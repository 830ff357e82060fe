using System.Net;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Store.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Warnings;

/// <summary>
/// The warning list (WarningListStore, GET /api/warnings and /warnings): filters, newest first, paging, and only the
/// warnings that touch the caller's jurisdiction; a filter that is no value is refused, never ignored.
/// </summary>
public sealed class WarningListTests
{
    private static object Warning(string @event, string level, string headline, params string[] areas) => new
    {
        hazard = @event == "山洪" ? "flood" : "weather", @event, level, headline, description = "测试预警内容。", areas,
    };

    /// <summary>Three warnings: a gale awaiting approval in a village of town 101, a published rainstorm (green
    /// channel) for town 101, a flash flood awaiting approval in town 102.</summary>
    private static async Task<(HttpClient County, long Gale, long Rain, long Flood)> SeedAsync(AlertsApp app)
    {
        var county = await app.ClientAsync(OfficialsApi.County);
        var gale = await county.CreateIdAsync(Warning("大风", "yellow", "金坪村大风黄色预警", "500112101001"));
        var rain = await county.CreateIdAsync(Warning("暴雨", "red", "木耳镇暴雨红色预警", "500112101"));
        var flood = await county.CreateIdAsync(Warning("山洪", "orange", "兴隆镇山洪橙色预警", "500112102"));
        return (county, gale, rain, flood);
    }

    private static async Task<long[]> IdsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/warnings" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
    }

    [Fact]
    public async Task TheListIsNewestFirstAndEachFilterNarrowsIt()
    {
        await using var app = new AlertsApp();
        var (county, gale, rain, flood) = await SeedAsync(app);

        Assert.Equal([flood, rain, gale], await IdsAsync(county, ""));
        Assert.Equal([rain], await IdsAsync(county, "?state=published"));
        Assert.Equal([rain], await IdsAsync(county, "?state=in_force"));
        Assert.Equal([flood, gale], await IdsAsync(county, "?state=awaiting_approval"));
        Assert.Equal([flood], await IdsAsync(county, "?hazard=flood"));
        Assert.Equal([gale], await IdsAsync(county, "?level=yellow"));
        Assert.Equal([rain, gale], await IdsAsync(county, "?area=500112101"));
        // A village lies inside a town-wide warning, so both of town 101's touch it.
        Assert.Equal([rain, gale], await IdsAsync(county, "?area=500112101001"));
        Assert.Equal([rain], await IdsAsync(county, "?area=500112101002"));
        var today = BeijingTime.Today(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        var tomorrow = BeijingTime.Today(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal([flood, rain, gale], await IdsAsync(county, $"?from={today}&to={today}"));
        Assert.Empty(await IdsAsync(county, $"?from={tomorrow}"));
        Assert.Equal([rain], await IdsAsync(county, "?hazard=weather&level=red&area=500112101"));
    }

    [Fact]
    public async Task PagesHoldTheAskedNumberAndTheTotalCountsEveryMatch()
    {
        await using var app = new AlertsApp();
        var (county, gale, rain, flood) = await SeedAsync(app);

        var first = await (await county.GetAsync("/api/warnings?pageSize=2")).JsonAsync();
        Assert.Equal(3, first.GetProperty("total").GetInt64());
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        Assert.Equal([flood, rain], await IdsAsync(county, "?pageSize=2"));
        Assert.Equal([gale], await IdsAsync(county, "?pageSize=2&page=2"));
        var item = first.GetProperty("items")[1];
        Assert.Equal("木耳镇暴雨红色预警", item.GetProperty("headline").GetString());
        Assert.True(item.GetProperty("greenChannel").GetBoolean());
        Assert.Equal("500112101", item.GetProperty("areas")[0].GetString());
    }

    [Fact]
    public async Task AnOfficialOfAnotherTownSeesOnlyTheWarningsTouchingTheirOwn()
    {
        await using var app = new AlertsApp();
        var (_, _, _, flood) = await SeedAsync(app);
        using var otherTown = await app.ClientAsync(OfficialsApi.OtherTown);
        using var village = await app.ClientAsync("500112101001");

        Assert.Equal([flood], await IdsAsync(otherTown, ""));
        Assert.Empty(await IdsAsync(otherTown, "?area=500112101"));
        var body = await (await otherTown.GetAsync("/api/warnings")).JsonAsync();
        Assert.Equal(1, body.GetProperty("total").GetInt64());
        // A village official sees the warnings of their village and of the town around it.
        Assert.Equal(2, (await IdsAsync(village, "")).Length);
    }

    [Theory]
    [InlineData("state=open", "state")]
    [InlineData("hazard=7", "hazard")]
    [InlineData("level=purple", "level")]
    [InlineData("area=木耳镇", "area")]
    [InlineData("area=5001121", "area")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-06-02&to=2026-06-01", "to")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=two", "page")]
    public async Task ABadFilterIsRefusedWithItsReasonAsProblemDetails(string query, string field)
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync(OfficialsApi.County);

        var response = await county.GetAsync("/api/warnings?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("筛选条件有误", problem.GetProperty("zh").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var reasons), problem.ToString());
        Assert.Contains(" / ", reasons[0].GetString());
    }

    [Fact]
    public async Task TheListWithoutAnApiKeyIsUnauthorized()
    {
        await using var app = new AlertsApp();
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/warnings")).StatusCode);
    }

    [Fact]
    public async Task TheStoreCountsAndPagesWithTheSameFilters()
    {
        await using var app = new AlertsApp();
        var (_, gale, _, flood) = await SeedAsync(app);
        var list = app.Services.GetRequiredService<WarningListStore>();
        var county = new Account { Id = 0, Name = "县", Role = AccountRoles.Official, RegionCode = OfficialsApi.County };
        var waiting = new WarningQuery { State = WarningStatuses.AwaitingApproval };

        Assert.Equal(2, await list.CountAsync(county, waiting, CancellationToken.None));
        Assert.Equal([flood], (await list.ListAsync(county, waiting, 0, 1, CancellationToken.None)).Select(w => w.Id));
        var second = Assert.Single(await list.ListAsync(county, waiting, 1, 1, CancellationToken.None));
        Assert.Equal(gale, second.Id);
        Assert.Equal(["500112101001"], second.Areas);
    }

    [Fact]
    public async Task TheConsoleListShowsTheRowsAndKeepsARefusedFilterWithItsReason()
    {
        await using var app = new AlertsApp();
        var (_, gale, rain, _) = await SeedAsync(app);
        using var browser = await app.SignedInClientAsync(OfficialsApi.Town, AccountRoles.Official);

        var html = await browser.GetStringAsync("/warnings?area=500112101");
        Assert.Contains($"href=\"/warnings/{gale}\"", html);
        Assert.Contains($"href=\"/warnings/{rain}\"", html);
        Assert.Contains("绿色通道", html);
        Assert.Contains("待审批", html);
        Assert.DoesNotContain("兴隆镇山洪", html);

        var refused = await browser.GetStringAsync("/warnings?level=purple&from=2026-06-02&to=2026-06-01");
        Assert.Contains("id=\"filter-error\"", refused);
        Assert.Contains("id=\"level-error\"", refused);
        Assert.Contains("结束日期早于开始日期", refused);
        Assert.Contains("value=\"2026-06-02\"", refused);
    }
}
