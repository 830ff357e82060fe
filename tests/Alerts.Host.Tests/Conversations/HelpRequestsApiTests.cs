using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alerts.Identity.Accounts;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Conversations;

/// <summary>Officials see the help requests of their jurisdiction and mark them handled; another town's are not there.</summary>
public sealed class HelpRequestsApiTests
{
    [Fact]
    public async Task AnOfficialOfTheTownListsAndHandlesTheRequestAndAnotherTownsOfficialFindsNothing()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        await app.As(villager, Via.Sms).Send("救命 后山垮了").ExpectFirstReply("110");
        var id = db.QuerySingle<long>("SELECT id FROM help_requests");
        var town = villager.RegionCode[..9] + "000";
        var otherTown = db.QueryFirst<string>("SELECT code FROM regions WHERE level = 4 AND code <> @Town ORDER BY code", new { Town = town });
        using var ours = await ClientAsync(app, town);
        using var theirs = await ClientAsync(app, otherTown);

        using (var list = JsonDocument.Parse(await ours.GetStringAsync("/api/help-requests?status=open")))
            Assert.Contains(list.RootElement.EnumerateArray(), r => r.GetProperty("id").GetInt64() == id &&
                                                                   r.GetProperty("words").GetString() == "救命 后山垮了");
        Assert.Equal("[]", await theirs.GetStringAsync("/api/help-requests"));
        var outside = await theirs.PostAsJsonAsync($"/api/help-requests/{id}/handled", new { note = "x" });
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.DoesNotContain(villager.Name, await outside.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await ours.PostAsJsonAsync($"/api/help-requests/{id}/handled", new { note = "已转移到村委会" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ours.PostAsJsonAsync($"/api/help-requests/{id}/handled", new { note = "again" })).StatusCode);
        Assert.Equal(("handled", "已转移到村委会"), db.QuerySingle<(string, string)>("SELECT status, handled_note FROM help_requests"));
    }

    private static async Task<HttpClient> ClientAsync(ConversationApp app, string region)
    {
        var client = app.Host.CreateClient();
        var (_, key) = await app.Host.Services.GetRequiredService<AccountStore>()
            .AddAsync("镇干部", AccountRoles.Official, region, Departments.Emergency, CancellationToken.None);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
