using System.Net;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.Reports;

/// <summary>
/// Confirm, correct and reject from the console's report page: the same review policy as the grid worker's chat
/// (candidate, notice to the reporter, audit), refusals that change nothing, and 404 outside the jurisdiction.
/// </summary>
public sealed class ReportReviewPageTests
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string number, string handler,
        Dictionary<string, string>? fields = null) =>
        // The signed-in client sends the antiforgery token in its header.
        client.PostAsync($"/reports/{number}?handler={handler}", new FormUrlEncodedContent(fields ?? []));

    [Fact]
    public async Task ATownOfficialConfirmsAtRiskReportAndGetsTheCandidateAndReporterNoticeTheChatWouldMake()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var report = await ConsoleReports.FileAsync(app, villager);
        var client = await app.SignedInClientAsync(villager.TownCode, AccountRoles.Official);

        var page = await client.GetStringAsync($"/reports/{report.Number}");
        Assert.Contains("房屋倒塌", page);
        Assert.Contains("2000到3000元", page);
        Assert.Contains("不清楚", page);
        Assert.Contains(villager.Name, page);

        var posted = await PostAsync(client, report.Number, "confirm");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/reports/{report.Number}?done=confirmed", posted.Headers.Location?.OriginalString);

        var stored = StoredReport.ByNumber(db, report.Number);
        Assert.Equal(("confirmed", (long?)null), (stored.Status, stored.ReviewerId));
        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM case_reports WHERE report_id = @Id", new { report.Id }));
        var notice = db.QuerySingle<string>("SELECT text FROM notifications WHERE person_id = @Id AND reason = 'report_confirmed'",
            new { villager.Id });
        Assert.Equal($"您报告的灾情（编号{report.Number}）网格员已上门核实。工作人员会尽快联系您，落实帮扶。", notice);
        Assert.StartsWith("account:", db.QuerySingle<string>(
            "SELECT actor FROM audit_log WHERE action = 'report_confirmed' AND subject = @Subject", new { Subject = $"report:{report.Number}" }));
        var after = await client.GetStringAsync($"/reports/{report.Number}?done=confirmed");
        Assert.Contains("已确认这份报告", after);
        Assert.Contains("测试official（工作台）", after);
        Assert.Contains("已列入防返贫监测候选（", after);
    }

    [Fact]
    public async Task RejectingWithoutAReasonIsRefusedBesideTheFieldAndWithOneTheReporterIsToldIt()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var report = await ConsoleReports.FileAsync(app, villager);
        var client = await app.SignedInClientAsync(villager.TownCode, AccountRoles.Official);

        var refused = await PostAsync(client, report.Number, "reject", new() { ["reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"reason-error\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal("submitted", StoredReport.ByNumber(db, report.Number).Status);
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM notifications WHERE reason = 'report_rejected'"));

        var rejected = await PostAsync(client, report.Number, "reject", new() { ["reason"] = "上门看了房子没有倒" });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var stored = StoredReport.ByNumber(db, report.Number);
        Assert.Equal(("rejected", "上门看了房子没有倒"), (stored.Status, stored.ReviewNote));
        Assert.Contains("原因：上门看了房子没有倒", db.QuerySingle<string>(
            "SELECT text FROM notifications WHERE person_id = @Id AND reason = 'report_rejected'", new { villager.Id }));
    }

    [Fact]
    public async Task CorrectingAppliesTheFieldKeepsTheReportWaitingAndAValueNotUnderstoodKeepsTheInput()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var report = await ConsoleReports.FileAsync(app, villager);
        var client = await app.SignedInClientAsync(villager.TownCode, AccountRoles.Official);

        var corrected = await PostAsync(client, report.Number, "correct", new() { ["field"] = "房屋", ["value"] = "轻微" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(("minor", "submitted"), (StoredReport.ByNumber(db, report.Number).House, StoredReport.ByNumber(db, report.Number).Status));

        var refused = await PostAsync(client, report.Number, "correct", new() { ["field"] = "受伤", ["value"] = "好多" });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"value-error\"", html);
        Assert.Contains("value=\"好多\"", html);
        Assert.Equal(0, StoredReport.ByNumber(db, report.Number).Injured);
        Assert.Contains("修改为：房屋轻微损坏", await client.GetStringAsync($"/reports/{report.Number}"));
    }

    [Fact]
    public async Task ASecondReviewIsRefusedAndChangesNothing()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var report = await ConsoleReports.FileAsync(app, villager);
        var client = await app.SignedInClientAsync(villager.RegionCode, AccountRoles.GridWorker);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, report.Number, "confirm")).StatusCode);
        var again = await PostAsync(client, report.Number, "reject", new() { ["reason"] = "弄错了" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已经处理过了", await again.Content.ReadAsStringAsync());
        Assert.Equal("confirmed", StoredReport.ByNumber(db, report.Number).Status);
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM notifications WHERE reason = 'report_rejected'"));
    }

    [Fact]
    public async Task AGridWorkerAccountOfAnotherVillageAndAnOfficialOfAnotherTownGetNotFoundAndChangeNothing()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var report = await ConsoleReports.FileAsync(app, villager, r => r with { MediaIds = "[\"m1\"]" });
        var otherVillage = await app.SignedInClientAsync(ConsoleReports.OtherVillageOfTown(db, villager.RegionCode), AccountRoles.GridWorker);
        var otherTown = await app.SignedInClientAsync(ConsoleReports.OtherTown(db, villager.TownCode), AccountRoles.Official);

        foreach (var client in new[] { otherVillage, otherTown })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{report.Number}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{report.Number}/photo/1")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, report.Number, "confirm")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, report.Number, "reject", new() { ["reason"] = "x" })).StatusCode);
            Assert.DoesNotContain(report.Number, await client.GetStringAsync("/reports"));
        }
        Assert.Equal("submitted", StoredReport.ByNumber(db, report.Number).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync("/reports/999999")).StatusCode);
    }
}
