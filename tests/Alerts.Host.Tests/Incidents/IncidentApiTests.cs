using System.Net;
using System.Net.Http.Json;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Incidents;

/// <summary>Officials work an incident over /api/incidents: read it whole, set figures, move items, link warnings,
/// close and reopen; grid workers, other jurisdictions and bad input are refused and change nothing.</summary>
public sealed class IncidentApiTests
{
    private const string Village = "500112101001";

    [Fact]
    public async Task AFigureSetOverTheApiGradesTheIncidentAndDraftsTheReportUpAndTheDetailsShowItAll()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync(OfficialsApi.County);
        var id = await JoinAsync(app, IncidentItemKinds.DangerNotice, 1, "后山出现裂缝");

        var set = await official.PutAsJsonAsync($"/api/incidents/{id}/figures/to_relocate", new { least = 1000, most = 1200, note = "村里清点" });
        var view = await (await official.GetAsync($"/api/incidents/{id}")).JsonAsync();

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal("extra_large", view.GetProperty("incident").GetProperty("grade").GetString());
        Assert.Equal("特大型", view.GetProperty("gradeName").GetString());
        var grade = Assert.Single(view.GetProperty("grades").EnumerateArray());
        Assert.Contains("按上限", grade.GetProperty("reason").GetString());
        var figure = view.GetProperty("figures").GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "to_relocate");
        Assert.Equal(1200, figure.GetProperty("inForce").GetProperty("most").GetInt64());
        Assert.Equal("村里清点", figure.GetProperty("set").GetProperty("note").GetString());
        Assert.Contains("险情通报W1", view.GetProperty("figures").GetProperty("listed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("险情通报W1", view.GetProperty("items")[0].GetProperty("number").GetString());
        using var c = app.OpenDatabase();
        var duty = c.QueryFirst<long>("SELECT person_id FROM duty_roster WHERE region_code = @County ORDER BY position", new { County = OfficialsApi.County });
        Assert.Equal(("extra_large", duty), c.QuerySingle<(string, long)>("SELECT grade, duty_person_id FROM incident_upward_reports"));
        Assert.Single(c.Query("SELECT id FROM notifications WHERE person_id = @Duty AND reason = 'incident_upward'", new { Duty = duty }));
    }

    [Fact]
    public async Task AGridWorkerIsForbiddenAnotherTownSeesNothingAndABadFigureIsRefused()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync(OfficialsApi.Town);
        using var other = await app.ClientAsync(OfficialsApi.OtherTown);
        using var worker = await app.ClientAsync(Village, role: AccountRoles.GridWorker);
        var id = await JoinAsync(app, IncidentItemKinds.Report, 1, "房屋开裂");
        var body = new { least = 3, note = "核实" };

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/incidents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutAsJsonAsync($"/api/incidents/{id}/figures/deaths", body)).StatusCode);
        var hidden = await other.GetAsync($"/api/incidents/{id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/incidents/{id}/figures/deaths", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await official.GetAsync("/api/incidents/999")).StatusCode);
        var unknown = await official.PutAsJsonAsync($"/api/incidents/{id}/figures/corpses", body);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("没有“corpses”这项数字", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest,
            (await official.PutAsJsonAsync($"/api/incidents/{id}/figures/deaths", new { least = 5, most = 2, note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await official.PutAsJsonAsync($"/api/incidents/{id}/figures/deaths", new { least = 1 })).StatusCode);

        using var c = app.OpenDatabase();
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM incident_figure_settings"));
    }

    [Fact]
    public async Task AnOfficialOpensAnIncidentMovesAnItemToItLinksAWarningAndClosesAndReopensIt()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync(OfficialsApi.Town);
        var first = await JoinAsync(app, IncidentItemKinds.Report, 1, "房屋开裂");
        var opened = await official.PostAsJsonAsync("/api/incidents", new { townCode = OfficialsApi.Town, family = "geological", title = "后山滑坡" });
        var id = (await opened.JsonAsync()).GetProperty("id").GetInt64();
        long item, warning;
        using (var c = app.OpenDatabase())
        {
            item = c.QuerySingle<long>("SELECT id FROM incident_items");
            warning = InsertWarning(c, "500112101");
        }

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await official.PostAsJsonAsync($"/api/incidents/{first}/items/{item}/move", new { toIncidentId = id })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await official.PostAsJsonAsync($"/api/incidents/{id}/warnings", new { warningId = warning })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await official.PostAsJsonAsync($"/api/incidents/{id}/warnings", new { warningId = warning })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await official.PostAsync($"/api/incidents/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await official.PostAsync($"/api/incidents/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await official.PostAsync($"/api/incidents/{id}/reopen", null)).StatusCode);

        var view = await (await official.GetAsync($"/api/incidents/{id}")).JsonAsync();
        Assert.Single(view.GetProperty("items").EnumerateArray());
        Assert.Equal(warning, view.GetProperty("warnings")[0].GetProperty("warningId").GetInt64());
        Assert.Equal(["opened", "item_moved_in", "warning_linked", "closed", "reopened"],
            view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        using var check = app.OpenDatabase();
        Assert.Equal(5L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'incident_%'"));
    }

    private static async Task<long> JoinAsync(AlertsApp app, string kind, long refId, string summary)
    {
        _ = app.CreateClient();
        var now = DateTimeOffset.UtcNow;
        await using var work = await app.Services.GetRequiredService<StoreDb>().BeginAsync(CancellationToken.None);
        var joined = await app.Services.GetRequiredService<IncidentIntake>().JoinAsync(work,
            new IncomingItem(kind, refId, Village, "geological", now, summary), "system", now, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return joined!.IncidentId;
    }

    private static long InsertWarning(Microsoft.Data.Sqlite.SqliteConnection c, string area)
    {
        var now = DateTimeOffset.UtcNow;
        var id = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences, effective_utc,
                                  expires_utc, status, created_utc, published_utc, updated_utc)
            VALUES ('test-1', 'geological', '滑坡', 'orange', 'warning', '滑坡橙色预警', '后山可能滑坡', '请撤离', 'households', @Now, @Later,
                    'published', @Now, @Now, @Now)
            RETURNING id
            """, new { Now = now, Later = now.AddHours(6) });
        c.Execute("INSERT INTO warning_areas (warning_id, code_prefix) VALUES (@Id, @Area)", new { Id = id, Area = area });
        return id;
    }
}
