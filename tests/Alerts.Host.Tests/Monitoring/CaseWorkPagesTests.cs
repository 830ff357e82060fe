using System.Data.Common;
using System.Net;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>
/// Working a case on /cases/{id}: the identification steps CaseSteps gives the caller, the care after enrolment, each
/// POST through the API's domain method; refusals beside the field changing nothing; another place answered as missing.
/// </summary>
public sealed class CaseWorkPagesTests
{
    private const string Village = CaseRows.Village;
    private const string Town = "500112101000";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string handler, Dictionary<string, string> fields) =>
        client.PostAsync($"/cases/{id}?handler={handler}", new FormUrlEncodedContent(fields));

    private static (string Status, string Stage) StateOf(DbConnection c, long id) =>
        c.QuerySingle<(string, string)>("SELECT status, stage FROM monitoring_cases WHERE id = @Id", new { Id = id });

    [Fact]
    public async Task TheVillagesGridWorkerReviewsTheirCaseButIsNeitherOfferedNorAllowedTheCountysDecision()
    {
        await using var app = new AlertsApp();
        var worker = await app.SignedInClientAsync(Village, AccountRoles.GridWorker);
        using var c = app.OpenDatabase();
        var id = CaseRows.Insert(c);
        c.Execute("UPDATE monitoring_cases SET stage = 'clue' WHERE id = @Id", new { Id = id });

        Assert.Contains("href=\"/cases\"", await worker.GetStringAsync("/"));
        Assert.Contains($"id=\"case-{id}\"", await worker.GetStringAsync("/cases"));
        var page = await worker.GetStringAsync($"/cases/{id}");
        Assert.Contains("id=\"step-village-review\"", page);
        Assert.DoesNotContain("id=\"step-county-decision\"", page);
        Assert.DoesNotContain("id=\"helper-form\"", page);

        var noReason = await PostAsync(worker, id, "step", new() { ["step"] = "village_review", ["outcome"] = "reject" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("id=\"note-village-review-error\"", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(("identifying", "clue"), StateOf(c, id));

        var unknown = await PostAsync(worker, id, "step", new() { ["step"] = "skip_ahead", ["outcome"] = "enrol" });
        Assert.Contains("id=\"form-error\"", await unknown.Content.ReadAsStringAsync());

        var submitted = await PostAsync(worker, id, "step", new() { ["step"] = "village_review", ["outcome"] = "submit", ["note"] = "入户看过" });
        Assert.Equal($"/cases/{id}?done=village_review", submitted.Headers.Location?.OriginalString);
        Assert.Equal(("identifying", "village_reviewed"), StateOf(c, id));

        c.Execute("UPDATE monitoring_cases SET stage = 'town_revisited' WHERE id = @Id", new { Id = id });
        var enrol = await PostAsync(worker, id, "step", new() { ["step"] = "county_decision", ["outcome"] = "enrol" });
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
        Assert.Contains("id=\"form-error\"", await enrol.Content.ReadAsStringAsync());
        Assert.Equal(("identifying", "town_revisited"), StateOf(c, id));
        var after = await worker.GetStringAsync($"/cases/{id}?done=village_review");
        Assert.Contains("村级审查：提交镇街，入户看过", after);
    }

    [Fact]
    public async Task TheTownRevisitsTheCountyEnrolsAndThePlatformEntryIsRecordedEachOnTheTimeline()
    {
        await using var app = new AlertsApp();
        var town = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var county = await app.SignedInClientAsync("500112000000", AccountRoles.Admin);
        using var c = app.OpenDatabase();
        var id = CaseRows.Insert(c);
        c.Execute("UPDATE monitoring_cases SET stage = 'village_reviewed' WHERE id = @Id", new { Id = id });

        var sentBack = await PostAsync(town, id, "step", new() { ["step"] = "town_revisit", ["outcome"] = "send_back", ["note"] = " " });
        Assert.Contains("须写明原因", await sentBack.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(town, id, "step",
            new() { ["step"] = "town_revisit", ["outcome"] = "confirm", ["note"] = "复核属实" })).StatusCode);
        Assert.Contains("id=\"step-county-decision\"", await county.GetStringAsync($"/cases/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(county, id, "step", new() { ["step"] = "county_decision", ["outcome"] = "enrol" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(town, id, "step", new() { ["step"] = "platform_entry", ["outcome"] = "entered" })).StatusCode);

        Assert.Equal(("monitored", "platform_entered"), StateOf(c, id));
        var page = await town.GetStringAsync($"/cases/{id}?done=platform_entry");
        Assert.Contains("已记录录入重庆精准扶贫大数据平台", page);
        Assert.Contains("镇街审核（入户复核）：复核属实，复核属实", page);
        Assert.Contains("区县认定：纳入监测", page);
        Assert.Contains("录入重庆精准扶贫大数据平台：已录入", page);
        Assert.DoesNotContain("id=\"step-", page);
    }

    [Fact]
    public async Task AnOfficialNamesTheHelperChoosesFittingMeasuresRecordsAVisitAndConfirmsTheExitAnAdminMayNot()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(Town, AccountRoles.Official);
        var admin = await app.SignedInClientAsync("500112000000", AccountRoles.Admin);
        using var c = app.OpenDatabase();
        var (id, household) = EnrolledCase(c, labour: "none");
        var (worker, name) = c.QueryFirst<(long, string)>("SELECT id, name FROM people WHERE role = 'grid_worker' AND region_code = @Village", new { Village });

        var page = await official.GetStringAsync($"/cases/{id}");
        Assert.Contains($"<option value=\"{worker}\">{name}（网格员", page);
        Assert.Contains("id=\"choose-dibao\"", page);
        Assert.DoesNotContain("id=\"choose-microcredit\"", page);
        Assert.Contains("id=\"exit-criteria\"", page);

        Assert.Equal($"/cases/{id}?done=helper", (await PostAsync(official, id, "helper", new() { ["personId"] = worker.ToString() })).Headers.Location?.OriginalString);
        var barred = await PostAsync(official, id, "measure", new() { ["from"] = "other", ["measure"] = "microcredit", ["measureNote"] = "想贷款" });
        var barredPage = await barred.Content.ReadAsStringAsync();
        Assert.Contains("id=\"other-measure-error\"", barredPage);
        Assert.Contains("无劳动能力", barredPage);
        Assert.Contains("想贷款", barredPage);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(official, id, "measure", new() { ["measure"] = "dibao", ["state"] = "planned" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(official, id, "measure", new() { ["measure"] = "dibao", ["state"] = "in_progress" })).StatusCode);
        Assert.Contains("id=\"notes-error\"", await (await PostAsync(official, id, "visit", new() { ["notes"] = "" })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(official, id, "visit", new() { ["notes"] = "低保在办" })).StatusCode);

        var unmet = await (await PostAsync(official, id, "exit", new() { ["exitNote"] = "看过了" })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"exit-note-error\"", unmet);
        Assert.Contains("未达到退出标准", unmet);
        Assert.DoesNotContain("id=\"confirm\"", await admin.GetStringAsync($"/cases/{id}"));
        var byAdmin = await (await PostAsync(admin, id, "exit", new() { ["exitNote"] = "看过了", ["confirm"] = "true" })).Content.ReadAsStringAsync();
        Assert.Contains("只有干部可以复核后确认退出", byAdmin);
        Assert.Equal("monitored", StateOf(c, id).Status);

        var exited = await PostAsync(official, id, "exit", new() { ["exitNote"] = "入户复核，低保已到账", ["confirm"] = "true" });
        Assert.Equal($"/cases/{id}?done=exit", exited.Headers.Location?.OriginalString);
        Assert.Equal("exited", StateOf(c, id).Status);
        Assert.Equal(worker, c.ExecuteScalar<long>("SELECT helper_id FROM households WHERE id = @Id", new { Id = household }));
        var timeline = await official.GetStringAsync($"/cases/{id}");
        Assert.Contains("指定帮扶责任人", timeline);
        Assert.Contains("帮扶措施（落实中）", timeline);
        Assert.Contains("记录走访，低保在办", timeline);
        Assert.Contains("经干部复核确认退出监测", timeline);
    }

    [Fact]
    public async Task AnotherPlacesAccountsFindNothingAndChangeNothing()
    {
        await using var app = new AlertsApp();
        var other = await app.SignedInClientAsync("500112102000", AccountRoles.Official);
        var otherWorker = await app.SignedInClientAsync("500112101002", AccountRoles.GridWorker);
        using var c = app.OpenDatabase();
        var (id, _) = EnrolledCase(c, labour: "full");

        Assert.Contains("id=\"no-cases\"", await otherWorker.GetStringAsync("/cases"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherWorker.GetAsync($"/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "step", new() { ["step"] = "platform_entry", ["outcome"] = "entered" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "measure", new() { ["measure"] = "dibao" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "exit", new() { ["exitNote"] = "x", ["confirm"] = "true" })).StatusCode);
        Assert.Equal(("monitored", "county_decided"), StateOf(c, id));
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM case_measures"));
    }

    [Fact]
    public async Task AGridWorkerMayNotDoTheCareAfterEnrolmentAsOnTheApi()
    {
        await using var app = new AlertsApp();
        var worker = await app.SignedInClientAsync(Village, AccountRoles.GridWorker);
        using var c = app.OpenDatabase();
        var (id, _) = EnrolledCase(c, labour: "full");

        Assert.Contains("id=\"step-platform-entry\"", await worker.GetStringAsync($"/cases/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(worker, id, "measure", new() { ["measure"] = "dibao" })).StatusCode);
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM case_measures"));
    }

    [Fact]
    public async Task ACaseIsOpenedByHandForAHouseholdFoundOrAVillageAndHeadAndBadInputIsSaidBesideItsField()
    {
        await using var app = new AlertsApp();
        var worker = await app.SignedInClientAsync(Village, AccountRoles.GridWorker);
        using var c = app.OpenDatabase();
        var (household, head) = c.QueryFirst<(long, string)>(
            "SELECT id, head_name FROM households WHERE village_code = @Village AND is_monitored = 0 ORDER BY id", new { Village });
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd");

        var found = await worker.GetStringAsync($"/cases/new?q={Uri.EscapeDataString(head)}");
        Assert.Contains($"id=\"household-{household}\"", found);
        var noSource = await (await worker.PostAsync("/cases/new", Form(new() { ["householdId"] = household.ToString() }))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"source-error\"", noSource);
        var late = await (await worker.PostAsync("/cases/new", Form(new() { ["source"] = "application", ["householdId"] = household.ToString(), ["appliedOn"] = future }))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"applied-on-error\"", late);
        var elsewhere = await (await worker.PostAsync("/cases/new", Form(new() { ["source"] = "grid_visit", ["villageCode"] = "500112102001", ["headName"] = "王五" }))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"village-code-error\"", elsewhere);
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM monitoring_cases"));

        var opened = await worker.PostAsync("/cases/new", Form(new() { ["source"] = "application", ["householdId"] = household.ToString(), ["note"] = "因病申请" }));
        var byName = await worker.PostAsync("/cases/new", Form(new() { ["source"] = "grid_visit", ["villageCode"] = Village, ["headName"] = "不在册的户主" }));

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.EndsWith("?done=opened", opened.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, byName.StatusCode);
        Assert.Equal(2L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM monitoring_cases"));
        Assert.Equal("application", c.ExecuteScalar<string>("SELECT source FROM monitoring_cases WHERE household_id = @Id", new { Id = household }));
        Assert.Contains("已登记", await worker.GetStringAsync(opened.Headers.Location!.OriginalString));
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    private static (long Id, long Household) EnrolledCase(DbConnection c, string labour)
    {
        var household = c.ExecuteScalar<long>("""
            SELECT h.id FROM households h WHERE h.village_code = @Village AND h.is_monitored = 0
              AND EXISTS (SELECT 1 FROM people p WHERE p.household_id = h.id) ORDER BY h.id LIMIT 1
            """, new { Village });
        c.Execute("UPDATE households SET is_monitored = 1, labour = @Labour WHERE id = @Id", new { Id = household, Labour = labour });
        var id = c.ExecuteScalar<long>("""
            INSERT INTO monitoring_cases (household_id, village_code, source, status, stage, risk_types, explanation, opened_utc, deadline_on,
                                          enrolled_utc, created_utc, updated_utc)
            VALUES (@Household, @Village, 'grid_visit', 'monitored', 'county_decided', '["因灾","住房安全"]', '走访发现',
                    '2026-07-01T00:00:00.0000000Z', '2026-07-16', '2026-07-02T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z',
                    '2026-07-02T00:00:00.0000000Z')
            RETURNING id
            """, new { Household = household, Village });
        return (id, household);
    }
}
