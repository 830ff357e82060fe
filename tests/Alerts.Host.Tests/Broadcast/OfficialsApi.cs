using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alerts.Identity.Accounts;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>API clients for officials of the demo county, and small helpers over the API's JSON.</summary>
internal static class OfficialsApi
{
    public const string County = "500112000000";
    public const string Town = "500112101000";
    public const string OtherTown = "500112102000";

    public static async Task<HttpClient> ClientAsync(this AlertsApp app, string region = County, string department = Departments.Emergency,
        string role = AccountRoles.Official)
    {
        var client = app.CreateClient(); // starts the Host (migrated, demo county loaded) on first use
        var (_, key) = await app.Services.GetRequiredService<AccountStore>().AddAsync("测试", role, region, department, CancellationToken.None);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static object Gale(params string[] areas) => new
    {
        hazard = "weather", @event = "大风", level = "yellow", headline = "大风黄色预警", description = "今夜有7级以上大风。",
        areas = areas.Length == 0 ? ["500112101"] : areas,
    };

    /// <summary>A 滑坡 临灾预报 for a village of town 101 (only a county's natural resources office may issue it).</summary>
    public static object Forecast(params string[] areas) => new
    {
        hazard = "geological", @event = "滑坡", level = "red", kind = "forecast", headline = "金坪村滑坡临灾预报",
        description = "后山裂缝加宽，预计6小时内可能滑坡。", areas = areas.Length == 0 ? ["500112101001"] : areas,
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>())!;

    public static async Task<long> CreateIdAsync(this HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/warnings", request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    /// <summary>Created by <paramref name="creator"/> and approved by <paramref name="approver"/>: a published warning's id.</summary>
    public static async Task<long> PublishAsync(this HttpClient creator, HttpClient approver, object request)
    {
        var id = await creator.CreateIdAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await approver.PostAsync($"/api/warnings/{id}/approve", null)).StatusCode);
        return id;
    }

    /// <summary>The status of a stored warning, read from the database.</summary>
    public static string? StatusOf(this AlertsApp app, long warningId)
    {
        using var c = app.OpenDatabase();
        return c.ExecuteScalar<string>("SELECT status FROM warnings WHERE id = @Id", new { Id = warningId });
    }

    /// <summary>Waits for the targeting worker to finish a published warning.</summary>
    public static async Task WaitTargetedAsync(this AlertsApp app, long warningId)
    {
        for (var i = 0; i < 200; i++)
        {
            using (var c = app.OpenDatabase())
                if (c.ExecuteScalar<string>("SELECT targeting_state FROM warnings WHERE id = @Id", new { Id = warningId }) == "done") return;
            await Task.Delay(50);
        }
        Assert.Fail($"warning {warningId} was not targeted within 10 s");
    }
}
