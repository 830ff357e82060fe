using System.Net;
using System.Text.RegularExpressions;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Warnings;

/// <summary>
/// The warning page and the approval queue in the console: approve, send back and cancel are decided on the server
/// (an official of another town gets 404, the drafter cannot approve their own), refusals change nothing and keep
/// the input, and the progress fragment counts what the outbox holds.
/// </summary>
public sealed partial class WarningPageTests
{
    private static readonly WarningRequest Gale = new()
    {
        Hazard = "weather", Event = "大风", Level = "yellow", Headline = "金坪村大风黄色预警", Description = "今夜有7级以上大风。",
        Areas = ["500112101001"],
    };

    /// <summary>A console client and its account (the newest account is the one just signed in).</summary>
    private static async Task<(HttpClient Client, Account Account)> StaffAsync(AlertsApp app, string region)
    {
        var client = await app.SignedInClientAsync(region, AccountRoles.Official);
        using var c = app.OpenDatabase();
        var id = c.ExecuteScalar<long>("SELECT MAX(id) FROM accounts");
        return (client, (await app.Services.GetRequiredService<AccountStore>().GetAsync(id, CancellationToken.None))!);
    }

    private static async Task<long> DraftAsync(AlertsApp app, Account drafter, WarningRequest request)
    {
        var created = await app.Services.GetRequiredService<WarningLifecycle>().CreateAsync(drafter, request, CancellationToken.None);
        Assert.True(created.Succeeded, created.Refusal?.Detail);
        return created.Value.Id;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string handler, string? reason = null) =>
        client.PostAsync($"/warnings/{id}?handler={handler}",
            new FormUrlEncodedContent(reason is null ? [] : new Dictionary<string, string> { ["reason"] = reason }));

    private static string? Audit(AlertsApp app, long id, string action)
    {
        using var c = app.OpenDatabase();
        return c.QueryFirstOrDefault<string>("SELECT detail FROM audit_log WHERE subject = @S AND action = @A ORDER BY id DESC",
            new { S = $"warning:{id}", A = action });
    }

    [Fact]
    public async Task ASecondOfficialApprovesFromTheQueueAndTheWarningIsPublished()
    {
        await using var app = new AlertsApp();
        var (_, drafter) = await StaffAsync(app, OfficialsApi.County);
        var (approver, _) = await StaffAsync(app, OfficialsApi.County);
        var id = await DraftAsync(app, drafter, Gale);

        var queue = await approver.GetStringAsync("/warnings/approvals");
        Assert.Contains($"href=\"/warnings/{id}\"", queue);
        Assert.Contains("id=\"approve\"", await approver.GetStringAsync($"/warnings/{id}"));

        var approved = await PostAsync(approver, id, "approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal($"/warnings/{id}?done=approved", approved.Headers.Location?.OriginalString);
        Assert.Equal("published", app.StatusOf(id));
        Assert.DoesNotContain($"href=\"/warnings/{id}\"", await approver.GetStringAsync("/warnings/approvals"));
        var page = await approver.GetStringAsync($"/warnings/{id}?done=approved");
        Assert.Contains("已批准", page);
        Assert.Contains("测试official", page); // the drafter and the approver are named
    }

    [Fact]
    public async Task TheDrafterCannotApproveTheirOwnWarningEvenByPostingTheForm()
    {
        await using var app = new AlertsApp();
        var (client, drafter) = await StaffAsync(app, OfficialsApi.County);
        var id = await DraftAsync(app, drafter, Gale);

        Assert.DoesNotContain($"href=\"/warnings/{id}\"", await client.GetStringAsync("/warnings/approvals"));
        var page = await client.GetStringAsync($"/warnings/{id}");
        Assert.DoesNotContain("id=\"approve\"", page);
        Assert.Contains("等待辖区内另一名官员审批", page);

        var refused = await PostAsync(client, id, "approve");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("不能审批自己起草的预警", await refused.Content.ReadAsStringAsync());
        Assert.Equal("awaiting_approval", app.StatusOf(id));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, id, "sendBack", "自己退回")).StatusCode);
        Assert.Equal("awaiting_approval", app.StatusOf(id));
    }

    [Fact]
    public async Task AnOfficialOfAnotherTownFindsNothingAndChangesNothing()
    {
        await using var app = new AlertsApp();
        var (_, drafter) = await StaffAsync(app, OfficialsApi.County);
        var (other, _) = await StaffAsync(app, OfficialsApi.OtherTown);
        var id = await DraftAsync(app, drafter, Gale);

        foreach (var path in new[] { $"/warnings/{id}", $"/warnings/{id}?handler=progress", $"/warnings/{id}?handler=cap" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "sendBack", "不对")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "cancel", "不对")).StatusCode);
        Assert.Equal("awaiting_approval", app.StatusOf(id));
        Assert.DoesNotContain("金坪村", await other.GetStringAsync("/warnings"));
        Assert.DoesNotContain("金坪村", await other.GetStringAsync("/warnings/approvals"));
    }

    [Fact]
    public async Task SendingBackMakesItADraftAgainAndTheDrafterReadsTheReason()
    {
        await using var app = new AlertsApp();
        var (drafterClient, drafter) = await StaffAsync(app, OfficialsApi.County);
        var (approver, _) = await StaffAsync(app, OfficialsApi.County);
        var id = await DraftAsync(app, drafter, Gale);

        var sent = await PostAsync(approver, id, "sendBack", "请写明撤离地点");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("draft", app.StatusOf(id));
        Assert.Equal("请写明撤离地点", Audit(app, id, WarningLifecycle.SentBack));
        var page = await drafterClient.GetStringAsync($"/warnings/{id}");
        Assert.Contains("id=\"sent-back-reason\"", page);
        Assert.Contains("请写明撤离地点", page);
    }

    [Fact]
    public async Task SendingBackWithoutAReasonIsRefusedBesideTheFieldAndChangesNothing()
    {
        await using var app = new AlertsApp();
        var (_, drafter) = await StaffAsync(app, OfficialsApi.County);
        var (approver, _) = await StaffAsync(app, OfficialsApi.County);
        var id = await DraftAsync(app, drafter, Gale);
        var tooLong = new string('长', WarningLifecycle.MaxReasonLength + 1);

        var empty = await PostAsync(approver, id, "sendBack", "  ");
        var long_ = await PostAsync(approver, id, "sendBack", tooLong);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写原因", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, long_.StatusCode);
        var html = await long_.Content.ReadAsStringAsync();
        Assert.Contains("id=\"reason-error\"", html);
        Assert.Contains(tooLong + "</textarea>", html);
        Assert.Equal("awaiting_approval", app.StatusOf(id));
        Assert.Null(Audit(app, id, WarningLifecycle.SentBack));
    }

    [Fact]
    public async Task APublishedWarningIsCancelledFromThePageWithItsReasonRecorded()
    {
        await using var app = new AlertsApp();
        using var api = await app.ClientAsync(OfficialsApi.County, Departments.Weather);
        var id = await api.CreateIdAsync(new
        {
            hazard = "weather", @event = "暴雨", level = "red", headline = "木耳镇暴雨红色预警", description = "强降雨。", areas = new[] { "500112101" },
        });
        var (official, _) = await StaffAsync(app, OfficialsApi.County);
        var page = await official.GetStringAsync($"/warnings/{id}");
        Assert.Contains($"href=\"/warnings/new?references={id}\"", page);
        Assert.Contains($"href=\"/warnings/new?references={id}&amp;kind=all_clear\"", page);
        Assert.Contains("绿色通道", page);

        var refused = await PostAsync(official, id, "cancel", "");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("published", app.StatusOf(id));

        var cancelled = await PostAsync(official, id, "cancel", "雨情减弱，误报");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal("cancelled", app.StatusOf(id));
        Assert.Equal("雨情减弱，误报", Audit(app, id, WarningLifecycle.CancelReason));
        Assert.Contains("雨情减弱，误报", await official.GetStringAsync($"/warnings/{id}"));
    }

    [Fact]
    public async Task TheCapLinkGivesTheSameDocumentAsTheApi()
    {
        await using var app = new AlertsApp();
        using var api = await app.ClientAsync(OfficialsApi.County);
        var (official, drafter) = await StaffAsync(app, OfficialsApi.County);
        var id = await DraftAsync(app, drafter, Gale);

        var cap = await official.GetAsync($"/warnings/{id}?handler=cap");

        Assert.Equal(HttpStatusCode.OK, cap.StatusCode);
        Assert.Equal("application/cap+xml", cap.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await api.GetStringAsync($"/api/warnings/{id}/cap"), await cap.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AGridWorkerHasNoWarningPages()
    {
        await using var app = new AlertsApp();
        using var worker = await app.SignedInClientAsync("500112101001", AccountRoles.GridWorker);

        // Sent to sign in as someone who may (the console's answer to a page beyond one's role), never the page.
        foreach (var path in new[] { "/warnings", "/warnings/approvals" })
        {
            var response = await worker.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        }
    }

    [GeneratedRegex("id=\"progress-([a-z-]+)\">(\\d+)<")]
    private static partial Regex Figure();

    internal static Dictionary<string, long> Figures(string html) =>
        Figure().Matches(html).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value));
}
