using System.Net;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Incidents;

/// <summary>The incidents console: the list, opening one by hand, and the details page an official works an incident on
/// (figures with sources, setting a figure that regrades, moving an item, closing); other places and roles see nothing.</summary>
public sealed class IncidentPagesTests
{
    private const string Village = "500112101001";
    private const string OtherCounty = "500113000000";

    [Fact]
    public async Task TheListShowsOpenIncidentsFirstWithGradeItemsAndTheReportUpBadgeAndFiltersByGrade()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var closed = await JoinAsync(app, IncidentItemKinds.Help, 1, "被困", "flood");
        var open = await JoinAsync(app, IncidentItemKinds.DangerNotice, 2, "后山出现裂缝");
        await PostAsync(official, closed, "close", new());
        await PostAsync(official, open, "figure", new() { ["figure"] = "to_relocate", ["least"] = "1000", ["most"] = "1200", ["note"] = "村里清点" });

        var list = await official.GetStringAsync("/incidents");
        var large = await official.GetStringAsync("/incidents?grade=extra_large");
        var small = await official.GetStringAsync("/incidents?grade=small");

        Assert.True(list.IndexOf($"id=\"incident-{open}\"", StringComparison.Ordinal) < list.IndexOf($"id=\"incident-{closed}\"", StringComparison.Ordinal));
        Assert.Contains($"href=\"/incidents/{open}\">{IncidentNumber.Of(open)}</a>", list);
        Assert.Contains("特大型", list);
        Assert.Matches("须\\d\\d:\\d\\d前报市", list);
        Assert.Contains("已结束", list);
        Assert.Contains("href=\"/incidents/new\"", list);
        Assert.Contains("href=\"/incidents/statistics\"", list);
        Assert.Contains($"id=\"incident-{open}\"", large);
        Assert.DoesNotContain($"id=\"incident-{closed}\"", large);
        Assert.Contains("id=\"no-incidents\"", small);
        Assert.Contains("href=\"/incidents\"", await official.GetStringAsync("/"));
    }

    [Fact]
    public async Task TheDetailsSumTheConfirmedReportsAndLinkEachSource()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var id = await JoinAsync(app, IncidentItemKinds.Report, ConfirmedReport(app, "S00001", 2), "房屋倒塌");
        await JoinAsync(app, IncidentItemKinds.Report, ConfirmedReport(app, "S00002", 3), "房屋倒塌");

        var page = await official.GetStringAsync($"/incidents/{id}");

        var injured = Row(page, "figure-injured");
        Assert.Contains(">5<", injured);
        Assert.Contains("<a href=\"/reports/S00001\">报告S00001：受伤2人</a>", injured);
        Assert.Contains("<a href=\"/reports/S00002\">报告S00002：受伤3人</a>", injured);
        Assert.Contains("未记录", Row(page, "figure-missing"));
        Assert.Contains("id=\"upward-panel\"", page);
        Assert.Contains("没有报市记录", page);
        Assert.Contains("id=\"figure-form\"", page);
        Assert.Contains("href=\"/reports/S00002\">报告S00002</a>", page);
    }

    [Fact]
    public async Task TheDetailsShowThePeopleShelteredPerShelterAndWhatIsNotRecorded()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var id = await JoinAsync(app, IncidentItemKinds.Help, 1, "被困", "flood");
        var before = await official.GetStringAsync($"/incidents/{id}");
        using (var c = app.OpenDatabase())
        {
            var shelter = c.ExecuteScalar<long>("""
                INSERT INTO shelters (village_code, name, capacity, created_utc, updated_utc)
                VALUES (@Village, '村小学', 30, '2026-07-01T02:00:00Z', '2026-07-01T02:00:00Z') RETURNING id
                """, new { Village });
            c.Execute("""
                INSERT INTO incident_shelter_counts (incident_id, shelter_id, sheltered, updated_utc, updated_by)
                VALUES (@Id, @Shelter, 42, '2026-07-01T03:00:00Z', 'person:1')
                """, new { Id = id, Shelter = shelter });
        }

        var after = await official.GetStringAsync($"/incidents/{id}");

        Assert.Contains("id=\"no-shelters\"", before);
        Assert.Contains("id=\"no-points\"", before);
        Assert.Contains("村小学", Between(after, "id=\"shelters\"", "</table>"));
        Assert.Contains("超过容量", Between(after, "id=\"shelters\"", "</table>"));
        Assert.Contains("合计安置 42 人", after);
    }

    [Fact]
    public async Task SettingAFigureRegradesTheIncidentAndDraftsTheReportUpOnThePage()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var id = await JoinAsync(app, IncidentItemKinds.DangerNotice, 1, "后山出现裂缝");
        Assert.Contains("id=\"incident-grade\" class=\"grade grade-unclassified\">未分级", await official.GetStringAsync($"/incidents/{id}"));

        var set = await PostAsync(official, id, "figure", new() { ["figure"] = "to_relocate", ["least"] = "1000", ["most"] = "1200", ["note"] = "村里清点" });
        var page = await official.GetStringAsync($"/incidents/{id}");

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains(">特大型</strong>", page);
        Assert.Contains("按上限", Between(page, "id=\"grade-reason\"", "</dd>"));
        Assert.Contains("特大型", Between(page, "id=\"grades\"", "</table>"));
        Assert.Contains("1000–1200：村里清点", Row(page, "figure-to_relocate"));
        Assert.Contains("未报送", Between(page, "id=\"upward-status\"", "</dd>"));
        Assert.Contains("还剩", Between(page, "id=\"upward-due\"", "</dd>"));
        Assert.Contains(IncidentNumber.Of(id), Between(page, "id=\"upward-draft\"", "</pre>"));
        Assert.Contains("需转移设为1000–1200人", Between(page, "id=\"timeline\"", "</ol>"));
    }

    [Fact]
    public async Task BadFigureInputKeepsTheFormWithTheReasonAndChangesNothing()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var id = await JoinAsync(app, IncidentItemKinds.DangerNotice, 1, "后山出现裂缝");

        var notNumber = await (await PostAsync(official, id, "figure", new() { ["figure"] = "deaths", ["least"] = "三", ["note"] = "电话" })).Content.ReadAsStringAsync();
        var upsideDown = await (await PostAsync(official, id, "figure", new() { ["figure"] = "deaths", ["least"] = "5", ["most"] = "2", ["note"] = "电话" })).Content.ReadAsStringAsync();
        var noNote = await (await PostAsync(official, id, "figure", new() { ["figure"] = "deaths", ["least"] = "1" })).Content.ReadAsStringAsync();

        Assert.Contains("id=\"least-error\">请填写整数", notNumber);
        Assert.Contains("value=\"三\"", notNumber);
        Assert.Contains("id=\"most-error\">上限不能小于下限", upsideDown);
        Assert.Contains("value=\"电话\"", upsideDown);
        Assert.Contains("id=\"note-error\">请写明依据", noNote);
        using var c = app.OpenDatabase();
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM incident_figure_settings"));
    }

    [Fact]
    public async Task AnItemMovesToAnotherIncidentAndTheIncidentClosesAndReopens()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(OfficialsApi.County, AccountRoles.Official);
        var from = await JoinAsync(app, IncidentItemKinds.Help, 1, "被困", "flood");
        var to = await JoinAsync(app, IncidentItemKinds.DangerNotice, 2, "后山出现裂缝");
        long item;
        using (var c = app.OpenDatabase()) item = c.QuerySingle<long>("SELECT id FROM incident_items WHERE incident_id = @From", new { From = from });

        var nowhere = await (await PostAsync(official, from, "move", new() { ["itemId"] = $"{item}", ["toIncident"] = "SJ999" })).Content.ReadAsStringAsync();
        var moved = await PostAsync(official, from, "move", new() { ["itemId"] = $"{item}", ["toIncident"] = IncidentNumber.Of(to) });
        var closed = await PostAsync(official, from, "close", new());
        var closedPage = await official.GetStringAsync($"/incidents/{from}");
        var reopened = await PostAsync(official, from, "reopen", new());

        Assert.Contains($"id=\"move-{item}-error\">事件 SJ999 不存在", nowhere);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains($"id=\"item-{item}\"", await official.GetStringAsync($"/incidents/{to}"));
        Assert.DoesNotContain($"id=\"item-{item}\"", closedPage);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("id=\"incident-status\">已结束", closedPage);
        Assert.Contains("id=\"reopen-incident\"", closedPage);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Contains("id=\"incident-status\">处置中", await official.GetStringAsync($"/incidents/{from}"));
    }

    [Fact]
    public async Task AnOfficialOpensAnIncidentByHandAndARefusalStaysBesideTheField()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync(OfficialsApi.Town, AccountRoles.Official);

        var form = await official.GetStringAsync("/incidents/new");
        var noTitle = await (await official.PostAsync("/incidents/new", Form(new() { ["town"] = OfficialsApi.Town, ["family"] = "flood", ["title"] = " " })))
            .Content.ReadAsStringAsync();
        var elsewhere = await (await official.PostAsync("/incidents/new", Form(new() { ["town"] = OfficialsApi.OtherTown, ["family"] = "flood", ["title"] = "河水上涨" })))
            .Content.ReadAsStringAsync();
        var opened = await official.PostAsync("/incidents/new", Form(new() { ["town"] = OfficialsApi.Town, ["family"] = "flood", ["title"] = "河水上涨" }));

        Assert.Contains($"value=\"{OfficialsApi.Town}\"", form);
        Assert.DoesNotContain($"value=\"{OfficialsApi.OtherTown}\"", form);
        Assert.Contains("id=\"title-error\">请填写标题", noTitle);
        Assert.Contains("id=\"town-error\">乡镇", elsewhere);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var page = await official.GetStringAsync(opened.Headers.Location!.OriginalString);
        Assert.Contains("河水上涨", page);
        Assert.Contains("人工建立：河水上涨", page);
    }

    [Fact]
    public async Task AGridWorkerIsRefusedAndAnotherCountysOfficialSeesNothing()
    {
        await using var app = new AlertsApp();
        var worker = await app.SignedInClientAsync(Village, AccountRoles.GridWorker);
        using (var c = app.OpenDatabase())
            c.Execute("INSERT INTO regions (code, level, parent_code, name) SELECT @OtherCounty, 3, parent_code, '巴南区' FROM regions WHERE code = @County",
                new { OtherCounty, OfficialsApi.County });
        var other = await app.SignedInClientAsync(OtherCounty, AccountRoles.Official);
        var id = await JoinAsync(app, IncidentItemKinds.DangerNotice, 1, "后山出现裂缝");

        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync($"/incidents/{id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/incidents")).StatusCode);
        Assert.DoesNotContain("href=\"/incidents\"", await worker.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/incidents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "close", new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, id, "figure",
            new() { ["figure"] = "deaths", ["least"] = "1", ["note"] = "电话" })).StatusCode);
        Assert.DoesNotContain($"id=\"incident-{id}\"", await other.GetStringAsync("/incidents"));
        using var check = app.OpenDatabase();
        Assert.Equal("open", check.QuerySingle<string>("SELECT status FROM incidents WHERE id = @Id", new { Id = id }));
        Assert.Equal(0L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM incident_figure_settings"));
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string handler, Dictionary<string, string> fields) =>
        client.PostAsync($"/incidents/{id}?handler={handler}", Form(fields));

    /// <summary>The markup of the table row with this id.</summary>
    private static string Row(string page, string id) => Between(page, $"id=\"{id}\"", "</tr>");

    private static string Between(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} is not on the page");
        return page[from..page.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static long ConfirmedReport(AlertsApp app, string number, int injured)
    {
        using var c = app.OpenDatabase();
        return c.ExecuteScalar<long>("""
            INSERT INTO reports (number, village_code, reporter_id, hazard, deaths, injured, house, crops, water, status, created_utc, updated_utc)
            VALUES (@Number, @Village, (SELECT MIN(id) FROM people), 'landslide', 0, @Injured, 'collapsed', 'none', 'normal', 'confirmed',
                    '2026-07-01T02:00:00.0000000Z', '2026-07-01T02:00:00.0000000Z')
            RETURNING id
            """, new { Number = number, Village, Injured = injured });
    }

    private static async Task<long> JoinAsync(AlertsApp app, string kind, long refId, string summary, string family = "geological")
    {
        _ = app.CreateClient();
        var now = DateTimeOffset.UtcNow;
        await using var work = await app.Services.GetRequiredService<StoreDb>().BeginAsync(CancellationToken.None);
        var joined = await app.Services.GetRequiredService<IncidentIntake>().JoinAsync(work,
            new IncomingItem(kind, refId, Village, family, now, summary), "system", now, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return joined!.IncidentId;
    }
}
