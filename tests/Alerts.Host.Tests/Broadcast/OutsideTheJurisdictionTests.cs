using System.Net;
using System.Net.Http.Json;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>
/// Issue 9: a warning that does not touch the caller's jurisdiction is, to them, not there: every call by id answers
/// 404 exactly as for a warning that does not exist, naming nothing of the other place. Inside the jurisdiction, a
/// call the caller has no right to make is still 403.
/// </summary>
public sealed class OutsideTheJurisdictionTests
{
    private static readonly string[] Calls = ["GET {0}", "GET {0}/preview", "GET {0}/cap", "POST {0}/approve", "POST {0}/cancel"];

    private static Task<HttpResponseMessage> CallAsync(HttpClient client, string call, long id)
    {
        var (method, path) = (call.Split(' ')[0], string.Format(call.Split(' ')[1], $"/api/warnings/{id}"));
        return client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
    }

    [Fact]
    public async Task AWarningOfAnotherTownIsNotFoundAndNothingOfThatTownIsNamed()
    {
        await using var app = new AlertsApp();
        using var town = await app.ClientAsync(OfficialsApi.Town);
        using var otherTown = await app.ClientAsync(OfficialsApi.OtherTown);
        var id = await town.CreateIdAsync(new
        {
            hazard = "weather", @event = "大风", level = "yellow", headline = "木耳镇金坪村大风黄色预警", description = "今夜有7级以上大风。",
            areas = new[] { "500112101001" },
        });
        const long Missing = 999_999;

        foreach (var call in Calls)
        {
            var outside = await CallAsync(otherTown, call, id);
            var missing = await CallAsync(otherTown, call, Missing);

            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
            Assert.StartsWith("application/problem+json", outside.Content.Headers.ContentType!.ToString());
            var body = await outside.Content.ReadAsStringAsync();
            foreach (var secret in new[] { "500112101", "木耳", "金坪", "大风" }) Assert.DoesNotContain(secret, body);
            // The same words as for a warning that does not exist, but for the number asked about.
            Assert.Equal((await missing.JsonAsync()).GetProperty("detail").GetString()!.Replace($"{Missing}", $"{id}"),
                (await outside.JsonAsync()).GetProperty("detail").GetString());
        }
        Assert.Equal("awaiting_approval", app.StatusOf(id));
    }

    [Fact]
    public async Task InsideTheJurisdictionAMissingRightIsStillForbidden()
    {
        await using var app = new AlertsApp();
        using var naturalResources = await app.ClientAsync(department: Departments.NaturalResources);
        using var townEmergency = await app.ClientAsync(OfficialsApi.Town);
        var id = await naturalResources.CreateIdAsync(new
        {
            hazard = "geological", @event = "滑坡", level = "orange", kind = "warning", headline = "地质灾害气象风险橙色预警",
            description = "未来24小时木耳镇发生滑坡的风险较高。", areas = new[] { "500112101" },
        });

        var read = await townEmergency.GetAsync($"/api/warnings/{id}");
        var approve = await townEmergency.PostAsync($"/api/warnings/{id}/approve", null);
        var cancel = await townEmergency.PostAsync($"/api/warnings/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Contains("气象", (await approve.JsonAsync()).GetProperty("zh").GetString());
        Assert.Equal("awaiting_approval", app.StatusOf(id));
    }

    [Fact]
    public async Task AnUpdateCannotReferenceAWarningOfAnotherTown()
    {
        await using var app = new AlertsApp();
        using var town = await app.ClientAsync(OfficialsApi.Town);
        using var county = await app.ClientAsync();
        using var otherTown = await app.ClientAsync(OfficialsApi.OtherTown);
        var id = await town.PublishAsync(county, OfficialsApi.Gale("500112101001"));

        var update = await otherTown.PostAsJsonAsync("/api/warnings", new { kind = "all_clear", references = id });

        Assert.Equal(HttpStatusCode.BadRequest, update.StatusCode);
        var body = await update.Content.ReadAsStringAsync();
        Assert.Contains("不存在", body);
        Assert.DoesNotContain("500112101", body);
        Assert.Equal("published", app.StatusOf(id));
    }
}
