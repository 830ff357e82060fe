using System.Net;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.Incidents;

/// <summary>The report up from the console: /incidents/{id}/upward's forms record it sent and acknowledged through the domain.</summary>
public sealed class UpwardPageTests
{
    [Fact]
    public async Task SentAndAcknowledgedFromThePageAreRecordedWithTheirTimesAndShown()
    {
        await using var app = new AlertsApp();
        var county = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var (incident, report) = await UpwardReportApiTests.DraftAsync(app);
        var page = $"/incidents/{incident}/upward";

        var before = await county.GetStringAsync(page);
        var sent = await ConsoleSession.PostFormAsync(county, $"{page}?handler=sent",
            new() { ["reportId"] = $"{report}", ["via"] = "电话", ["text"] = "" });
        var afterSent = await county.GetStringAsync(page);
        var acknowledged = await ConsoleSession.PostFormAsync(county, $"{page}?handler=acknowledged",
            new() { ["reportId"] = $"{report}", ["by"] = "市应急局张科长" });
        var afterAcknowledged = await county.GetStringAsync(page);

        Assert.Contains($"id=\"upward-countdown-{report}\"", before);
        Assert.Contains("还剩 60 分钟", before);
        Assert.Contains("data-due=", before);
        Assert.Equal((HttpStatusCode.Redirect, $"/incidents/{incident}#upward-panel"), (sent.StatusCode, sent.Headers.Location?.OriginalString));
        Assert.Contains("已报送，待市里确认（一小时内已报）", afterSent);
        Assert.Matches(@"\d\d:\d\d，电话，.+（用时[01]分钟）", afterSent);
        Assert.DoesNotContain("data-due=", afterSent);
        Assert.Contains($"id=\"upward-ack-form-{report}\"", afterSent);
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Contains("市里已确认收到（一小时内已报）", afterAcknowledged);
        Assert.Matches(@"\d\d:\d\d，市应急局张科长", afterAcknowledged);
        Assert.DoesNotContain("<form method=\"post\" action=\"/incidents/", afterAcknowledged);
        using var c = app.OpenDatabase();
        var row = c.QuerySingle<(string Status, string Via, string By, string SentUtc, string AcknowledgedUtc)>(
            "SELECT status, sent_via, acknowledged_by, sent_utc, acknowledged_utc FROM incident_upward_reports WHERE id = @report", new { report });
        Assert.Equal(("acknowledged", "电话", "市应急局张科长"), (row.Status, row.Via, row.By));
        Assert.False(string.IsNullOrEmpty(row.SentUtc) || string.IsNullOrEmpty(row.AcknowledgedUtc));
    }

    [Fact]
    public async Task RecordingItSentTwiceShowsTheReasonAndChangesNothing()
    {
        await using var app = new AlertsApp();
        var county = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var (incident, report) = await UpwardReportApiTests.DraftAsync(app);
        var page = $"/incidents/{incident}/upward";

        await ConsoleSession.PostFormAsync(county, $"{page}?handler=sent", new() { ["reportId"] = $"{report}", ["via"] = "电话" });
        var again = await ConsoleSession.PostFormAsync(county, $"{page}?handler=sent",
            new() { ["reportId"] = $"{report}", ["via"] = "传真", ["text"] = "另一份" });
        var badBy = await ConsoleSession.PostFormAsync(county, $"{page}?handler=acknowledged", new() { ["reportId"] = $"{report}", ["by"] = " " });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已记录为已报送，不能重复记录", await again.Content.ReadAsStringAsync());
        var badByHtml = await badBy.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"upward-by-{report}-error\"", badByHtml);
        Assert.Contains("请写明市里是谁确认的", badByHtml);
        using var c = app.OpenDatabase();
        var row = c.QuerySingle<(string Status, string Via, string? By)>(
            "SELECT status, sent_via, acknowledged_by FROM incident_upward_reports WHERE id = @report", new { report });
        Assert.Equal(("sent", "电话", (string?)null), row);
    }

    [Fact]
    public async Task AGridWorkerAndAnotherTownsOfficialCanNeitherSeeNorRecordIt()
    {
        await using var app = new AlertsApp();
        var otherTown = await app.SignedInClientAsync(OfficialsApi.OtherTown, AccountRoles.Official);
        var worker = await app.SignedInClientAsync("500112101001", AccountRoles.GridWorker);
        var (incident, report) = await UpwardReportApiTests.DraftAsync(app);
        var page = $"/incidents/{incident}/upward";

        var theirs = await otherTown.GetAsync(page);
        var theirPost = await otherTown.PostAsync($"{page}?handler=sent", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["reportId"] = $"{report}", ["via"] = "电话", ["__RequestVerificationToken"] = await ConsoleSession.TokenAsync(otherTown, "/") }));
        var workers = await worker.GetAsync(page);
        var workerPost = await worker.PostAsync($"{page}?handler=sent", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["reportId"] = $"{report}", ["via"] = "电话", ["__RequestVerificationToken"] = await ConsoleSession.TokenAsync(worker, "/") }));

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirPost.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, workers.StatusCode);
        Assert.NotEqual($"/incidents/{incident}#upward-panel", workerPost.Headers.Location?.OriginalString);
        using var c = app.OpenDatabase();
        Assert.Equal("drafted", c.QuerySingle<string>("SELECT status FROM incident_upward_reports WHERE id = @report", new { report }));
    }
}
