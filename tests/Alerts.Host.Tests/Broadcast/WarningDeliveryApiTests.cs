using System.Net;
using System.Net.Http.Json;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Broadcast;

public sealed class WarningDeliveryApiTests
{
    private const string PeopleOfTown = """
        SELECT id FROM people WHERE region_code >= '500112101' AND region_code < '500112102' AND role IN ('villager', 'official')
        ORDER BY id
        """;

    private static async Task<long> PublishAsync(AlertsApp app, object request)
    {
        using var creator = await app.ClientAsync(OfficialsApi.Town);
        using var approver = await app.ClientAsync();
        var id = await creator.PublishAsync(approver, request);
        await app.WaitTargetedAsync(id);
        return id;
    }

    [Fact]
    public async Task PublishingToATownQueuesExactlyItsPeopleOnceAndReportsThem()
    {
        await using var app = new AlertsApp();
        var id = await PublishAsync(app, new { hazard = "weather", @event = "大风", level = "yellow", headline = "大风", description = "大风",
            areas = new[] { "500112101" }, audiences = new[] { "households", "officials" } });
        using var county = await app.ClientAsync();

        var details = await (await county.GetAsync($"/api/warnings/{id}")).JsonAsync();

        using var c = app.OpenDatabase();
        var people = c.Query<long>(PeopleOfTown).ToList();
        Assert.Equal(people, c.Query<long>("SELECT person_id FROM deliveries WHERE warning_id = @Id ORDER BY person_id", new { Id = id }));
        var deliveries = details.GetProperty("deliveries");
        Assert.Equal(people.Count, deliveries.GetProperty("total").GetInt64());
        Assert.Equal(people.Count, deliveries.GetProperty("byState").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(people.Count, deliveries.GetProperty("villages").EnumerateArray().Sum(v => v.GetProperty("targeted").GetInt64()));
        Assert.Equal("done", details.GetProperty("warning").GetProperty("targeting").GetString());
    }

    [Fact]
    public async Task ThePreviewMatchesADirectCount()
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync();
        var id = await county.CreateIdAsync(OfficialsApi.Gale("500112101", "500112103002"));

        var preview = await (await county.GetAsync($"/api/warnings/{id}/preview")).JsonAsync();

        using var c = app.OpenDatabase();
        var direct = c.ExecuteScalar<long>("SELECT COUNT(*) FROM people WHERE region_code LIKE '500112101%' OR region_code LIKE '500112103002%'");
        var wechat = c.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM people WHERE (region_code LIKE '500112101%' OR region_code LIKE '500112103002%')
              AND wechat_openid IS NOT NULL AND wechat_unfollowed_utc IS NULL
            """);
        Assert.Equal(direct, preview.GetProperty("total").GetInt64());
        Assert.Equal(wechat, preview.GetProperty("byChannel").GetProperty("wechat").GetInt64());
        Assert.Equal(direct, preview.GetProperty("villages").EnumerateArray().Sum(v => v.GetProperty("people").GetInt64()));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries"));
    }

    [Fact]
    public async Task CancellingAPublishedWarningTellsTheSamePeopleItIsLifted()
    {
        await using var app = new AlertsApp();
        var id = await PublishAsync(app, OfficialsApi.Gale());
        using var county = await app.ClientAsync();

        var response = await county.PostAsync($"/api/warnings/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("cancelled", body.GetProperty("cancelled").GetProperty("status").GetString());
        var allClear = body.GetProperty("allClear");
        Assert.Equal(("all_clear", "published", id), (allClear.GetProperty("kind").GetString(), allClear.GetProperty("status").GetString(),
            allClear.GetProperty("references").GetInt64()));
        Assert.StartsWith("解除", allClear.GetProperty("headline").GetString());
        var allClearId = allClear.GetProperty("id").GetInt64();
        await app.WaitTargetedAsync(allClearId);
        using var c = app.OpenDatabase();
        const string Recipients = "SELECT person_id FROM deliveries WHERE warning_id = @Id ORDER BY person_id";
        Assert.Equal(c.Query<long>(Recipients, new { Id = id }), c.Query<long>(Recipients, new { Id = allClearId }));
    }

    [Fact]
    public async Task CancellingADraftJustCancelsIt()
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync();
        var id = await county.CreateIdAsync(OfficialsApi.Gale());

        var body = await (await county.PostAsync($"/api/warnings/{id}/cancel", null)).JsonAsync();

        Assert.Equal("cancelled", body.GetProperty("cancelled").GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("allClear").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await county.PostAsync($"/api/warnings/{id}/approve", null)).StatusCode);
    }

    [Fact]
    public async Task AnUpdateSupersedesTheWarningAndReachesItsPeopleAndMore()
    {
        await using var app = new AlertsApp();
        var id = await PublishAsync(app, OfficialsApi.Gale());
        using var county = await app.ClientAsync();
        using var approver = await app.ClientAsync();

        var update = await county.CreateIdAsync(new { level = "orange", headline = "大风升级为橙色", description = "风力加大。",
            references = id, areas = new[] { "500112101", "500112102001" } });
        await approver.PostAsync($"/api/warnings/{update}/approve", null);
        await app.WaitTargetedAsync(update);

        var old = await (await county.GetAsync($"/api/warnings/{id}")).JsonAsync();
        Assert.Equal("updated", old.GetProperty("warning").GetProperty("status").GetString());
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM deliveries d WHERE warning_id = @Old
              AND NOT EXISTS (SELECT 1 FROM deliveries n WHERE n.warning_id = @New AND n.person_id = d.person_id)
            """, new { Old = id, New = update }));
        Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE warning_id = @New AND village_code = '500112102001'",
            new { New = update }) > 0);
    }

    [Fact]
    public async Task PublishedWarningsExpire()
    {
        await using var app = new AlertsApp(new Dictionary<string, string?> { ["Broadcast:ExpiryPollInterval"] = "00:00:00.100" });
        using var county = await app.ClientAsync();
        var request = new { hazard = "weather", @event = "暴雨", level = "red", headline = "h", description = "d", areas = new[] { "500112101" },
            expires = DateTimeOffset.UtcNow.AddSeconds(2).ToString("O") };
        var id = await county.CreateIdAsync(request);

        string? status = null;
        for (var i = 0; i < 100 && status != "expired"; i++)
        {
            await Task.Delay(100);
            status = (await (await county.GetAsync($"/api/warnings/{id}")).JsonAsync()).GetProperty("warning").GetProperty("status").GetString();
        }

        Assert.Equal("expired", status);
    }
}
