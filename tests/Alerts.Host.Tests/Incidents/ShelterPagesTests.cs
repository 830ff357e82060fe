using System.Data.Common;
using System.Net;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Households;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Dapper;

namespace Alerts.Host.Tests.Incidents;

/// <summary>The console's shelter pages in-process: the list with the people sheltered now, add, change, import, who may.</summary>
public sealed class ShelterPagesTests
{
    private const string Village = "500112101001";

    private static Dictionary<string, string> Fields(string name, string capacity, string? longitude = null, string? latitude = null) => new()
    {
        ["villageCode"] = Village, ["name"] = name, ["address"] = "村委会旁", ["capacity"] = capacity,
        ["longitude"] = longitude ?? "", ["latitude"] = latitude ?? "",
    };

    private static long Shelter(DbConnection c, string name, int capacity) => c.ExecuteScalar<long>("""
        INSERT INTO shelters (village_code, name, capacity, created_utc, updated_utc)
        VALUES (@Village, @Name, @Capacity, '2026-07-01T00:00:00Z', '2026-07-01T00:00:00Z') RETURNING id
        """, new { Village, Name = name, Capacity = capacity });

    private static long Incident(DbConnection c, string status) => c.ExecuteScalar<long>("""
        INSERT INTO incidents (town_code, county_code, family, title, status, opened_utc, opened_by, last_item_utc, updated_utc)
        VALUES (@Town, '500112000000', 'geological', '滑坡', @Status, '2026-07-01T00:00:00Z', 'system', '2026-07-01T00:00:00Z',
                '2026-07-01T00:00:00Z') RETURNING id
        """, new { Town = OfficialsApi.Town, Status = status });

    private static void Count(DbConnection c, long incident, long shelter, int sheltered) => c.Execute("""
        INSERT INTO incident_shelter_counts (incident_id, shelter_id, sheltered, updated_utc, updated_by)
        VALUES (@Incident, @Shelter, @Sheltered, '2026-07-01T01:00:00Z', 'person:1')
        """, new { Incident = incident, Shelter = shelter, Sheltered = sheltered });

    [Fact]
    public async Task AShelterAddedThroughTheFormIsListedWithThePeopleShelteredInTheOpenIncidentAndUnrecordedWithoutACount()
    {
        await using var app = new AlertsApp();
        using var official = await app.SignedInClientAsync(OfficialsApi.Town, AccountRoles.Official);

        var added = await ConsoleSession.PostFormAsync(official, "/shelters/new", Fields("村小学", "120", "106.63", "29.72"));
        long school, hall, open, closed;
        using (var c = app.OpenDatabase())
        {
            school = c.ExecuteScalar<long>("SELECT id FROM shelters WHERE name = '村小学'");
            hall = Shelter(c, "村委会", 60);
            (open, closed) = (Incident(c, "open"), Incident(c, "closed"));
            Count(c, open, school, 135);
            Count(c, closed, hall, 20);
        }
        var list = await official.GetStringAsync("/shelters");
        var saved = await official.GetStringAsync(added.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/shelters?village={Village}&saved={school}", added.Headers.Location!.OriginalString);
        Assert.Contains("id=\"saved\"", saved);
        Assert.Contains($"href=\"/shelters/{school}/edit\">村小学</a>", list);
        Assert.Contains($"{IncidentNumber.Of(open)}：135 人（超出容量）", list);
        // The hall's only count is of a closed incident: nobody is sheltered there now as far as anyone said.
        Assert.Contains("<span>未记录</span>", list);
        Assert.DoesNotContain(IncidentNumber.Of(closed), list);
        using var check = app.OpenDatabase();
        Assert.Equal(106.63, check.ExecuteScalar<double>("SELECT longitude FROM shelters WHERE id = @School", new { School = school }));
    }

    [Fact]
    public async Task ARefusedFormKeepsWhatWasTypedAndSaysWhyBesideEachFieldAndAddsNothing()
    {
        await using var app = new AlertsApp();
        using var official = await app.SignedInClientAsync(OfficialsApi.Town, AccountRoles.Official);

        var refused = await ConsoleSession.PostFormAsync(official, "/shelters/new", Fields("", "很多", "东经106"));
        var page = await refused.Content.ReadAsStringAsync();
        using (var c = app.OpenDatabase()) Shelter(c, "村小学", 120);
        var twice = await (await ConsoleSession.PostFormAsync(official, "/shelters/new", Fields("村小学", "80"))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"name-error\"", page);
        Assert.Contains("id=\"capacity-error\"", page);
        Assert.Contains("经度须为数字", page);
        Assert.Contains("value=\"很多\"", page);
        Assert.Contains("value=\"东经106\"", page);
        Assert.Contains("本村已有名为“村小学”的安置点", twice);
        using var check = app.OpenDatabase();
        Assert.Equal(1, check.ExecuteScalar<int>("SELECT COUNT(*) FROM shelters"));
    }

    [Fact]
    public async Task AnOfficialChangesAShelterAndAnotherTownsOfficialSeesNoneOfItAndGetsNotFound()
    {
        await using var app = new AlertsApp();
        using var official = await app.SignedInClientAsync(OfficialsApi.Town, AccountRoles.Official);
        using var other = await app.SignedInClientAsync(OfficialsApi.OtherTown, AccountRoles.Official);
        long id;
        using (var c = app.OpenDatabase()) id = Shelter(c, "村小学", 120);

        var form = await official.GetStringAsync($"/shelters/{id}/edit");
        var changed = await ConsoleSession.PostFormAsync(official, $"/shelters/{id}/edit", Fields("村小学", "150"));
        // The other town's client already carries a page's antiforgery token, as a browser on any console page has.
        var theirPost = await other.PostAsync($"/shelters/{id}/edit", new FormUrlEncodedContent(Fields("改名", "10")));

        Assert.Contains("value=\"120\"", form);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/shelters/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirPost.StatusCode);
        Assert.Contains("id=\"no-shelters\"", await other.GetStringAsync("/shelters"));
        Assert.Contains("不在您的辖区内的村", await other.GetStringAsync($"/shelters?village={Village}"));
        using var check = app.OpenDatabase();
        Assert.Equal(("村小学", 150), check.QuerySingle<(string, int)>("SELECT name, capacity FROM shelters WHERE id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task AnImportedFileIsCountedAndAFileWithABadRowImportsNothingAndTheReportNamesTheRow()
    {
        await using var app = new AlertsApp();
        using var official = await app.SignedInClientAsync(OfficialsApi.Town, AccountRoles.Official);

        var good = await (await HouseholdUploads.PostAsync(official, "/shelters/import",
            $"村代码,名称,地址,容量\n{Village},村小学,村委会旁,120\n{Village},村委会,,60\n")).Content.ReadAsStringAsync();
        var bad = await (await HouseholdUploads.PostAsync(official, "/shelters/import",
            $"村代码,名称,容量\n{Village},祠堂,80\n500112102001,别村小学,80\n")).Content.ReadAsStringAsync();

        Assert.Contains("<dd id=\"count-created\">2</dd>", good);
        Assert.Contains("id=\"error-report\"", bad);
        Assert.Contains("<td class=\"num\">3</td><td>村代码不存在或不在您的管辖范围内</td>", bad);
        using var check = app.OpenDatabase();
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM shelters WHERE name = '祠堂'"));
        Assert.Equal(2, check.ExecuteScalar<int>("SELECT COUNT(*) FROM shelters"));
    }

    [Fact]
    public async Task AGridWorkerIsNotLetInAndHasNoShelterLinkWhileAnOfficialHas()
    {
        await using var app = new AlertsApp();
        using var worker = await app.SignedInClientAsync(Village, AccountRoles.GridWorker);
        using var official = await app.SignedInClientAsync(OfficialsApi.Town, AccountRoles.Official);

        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/shelters")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/shelters/new")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync("/shelters/import")).StatusCode);
        Assert.DoesNotContain("href=\"/shelters\"", await worker.GetStringAsync("/"));
        Assert.Contains("href=\"/shelters\"", await official.GetStringAsync("/"));
    }
}
