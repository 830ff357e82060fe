using System.Net;
using System.Net.Http.Json;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>After enrolment through the API: helper, measures, visits and exit, within the caller's jurisdiction and rights.</summary>
public sealed class MonitoringCareApiTests
{
    private const string Village = "500112101001";

    [Fact]
    public async Task AnOfficialNamesAHelperChoosesMeasuresAndRecordsAVisit()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync("500112101000", Departments.Rural);
        var (id, household) = EnrolledCase(app, labour: "none");
        var (worker, phone) = GridWorker(app);

        var helper = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/helper", new { person = phone });
        var measures = await (await official.GetAsync($"/api/monitoring/cases/{id}/measures")).JsonAsync();
        var chosen = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/measures", new { measure = "dibao", state = "in_progress" });
        var visit = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/checkins", new { notes = "电话回访，低保在办" });

        Assert.Equal(HttpStatusCode.NoContent, helper.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, chosen.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, visit.StatusCode);
        Assert.Equal("无劳动能力", measures.GetProperty("labourName").GetString());
        var groups = measures.GetProperty("proposed").EnumerateArray().Select(m => m.GetProperty("group").GetString()).ToList();
        Assert.Equal("social_protection", groups[0]);
        Assert.DoesNotContain("industry", groups);
        using var c = app.OpenDatabase();
        Assert.Equal(worker, c.ExecuteScalar<long>("SELECT helper_id FROM households WHERE id = @Id", new { Id = household }));
        Assert.Equal("in_progress", c.ExecuteScalar<string>("SELECT state FROM case_measures WHERE case_id = @Id", new { Id = id }));
        Assert.Equal((worker, "api"), c.QuerySingle<(long, string)>("SELECT helper_id, channel FROM case_checkins WHERE case_id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task BadInputIsRefusedInChineseAndEnglishAndChangesNothing()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync("500112101000", Departments.Rural);
        var (id, household) = EnrolledCase(app, labour: "none");
        long villager;
        using (var c = app.OpenDatabase())
            villager = c.ExecuteScalar<long>("SELECT id FROM people WHERE household_id = @Id LIMIT 1", new { Id = household });

        var noPerson = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/helper", new { });
        var nobody = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/helper", new { person = "13900000000" });
        var notStaff = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/helper", new { person = villager });
        var unknownMeasure = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/measures", new { measure = "money" });
        var barred = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/measures", new { measure = "microcredit" });
        var noHelperYet = await official.PostAsJsonAsync($"/api/monitoring/cases/{id}/checkins", new { notes = "看过了" });

        Assert.All(new[] { noPerson, nobody, notStaff, unknownMeasure, barred }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, noHelperYet.StatusCode);
        var problem = await barred.JsonAsync();
        Assert.Contains("无劳动能力", problem.GetProperty("zh").GetString());
        Assert.Contains("labour", problem.GetProperty("en").GetString());
        using var check = app.OpenDatabase();
        Assert.Null(check.ExecuteScalar<long?>("SELECT helper_id FROM households WHERE id = @Id", new { Id = household }));
        Assert.Equal(0L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM case_measures"));
    }

    [Fact]
    public async Task AnotherTownsOfficialFindsNothingAndAGridWorkersKeyIsRefused()
    {
        await using var app = new AlertsApp();
        using var other = await app.ClientAsync("500112102000", Departments.Rural);
        using var worker = await app.ClientAsync(Village, role: AccountRoles.GridWorker);
        var (id, _) = EnrolledCase(app, labour: "full");
        var (_, phone) = GridWorker(app);

        var asOther = new[]
        {
            await other.PostAsJsonAsync($"/api/monitoring/cases/{id}/helper", new { person = phone }),
            await other.GetAsync($"/api/monitoring/cases/{id}/measures"),
            await other.PostAsJsonAsync($"/api/monitoring/cases/{id}/measures", new { measure = "microcredit" }),
            await other.PostAsJsonAsync($"/api/monitoring/cases/{id}/checkins", new { notes = "看过了" }),
            await other.GetAsync($"/api/monitoring/cases/{id}/exit"),
            await other.PostAsJsonAsync($"/api/monitoring/cases/{id}/exit", new { note = "已脱险", confirm = true }),
        };
        var asWorker = await worker.PostAsJsonAsync($"/api/monitoring/cases/{id}/measures", new { measure = "microcredit" });

        Assert.All(asOther, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, asWorker.StatusCode);
        using var c = app.OpenDatabase();
        Assert.Equal("monitored", c.ExecuteScalar<string>("SELECT status FROM monitoring_cases WHERE id = @Id", new { Id = id }));
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM case_measures"));
    }

    [Fact]
    public async Task AnExitIsRefusedWithItsCriteriaUntilTheRecordMeetsThemOrAnOfficialConfirms()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync("500112101000", Departments.Rural);
        using var admin = await app.ClientAsync("500112000000", role: AccountRoles.Admin);
        var (first, household) = EnrolledCase(app, labour: "full");
        var (second, _) = EnrolledCase(app, labour: "full");

        var refused = await official.PostAsJsonAsync($"/api/monitoring/cases/{first}/exit", new { note = "收入恢复" });
        var adminConfirms = await admin.PostAsJsonAsync($"/api/monitoring/cases/{second}/exit", new { note = "迁出", confirm = true });
        var officialConfirms = await official.PostAsJsonAsync($"/api/monitoring/cases/{second}/exit", new { note = "迁出", confirm = true });
        using (var c = app.OpenDatabase())
            c.Execute("""
                UPDATE households SET income_per_person_yuan = 8000, income_year = @Year, food_secure = 1, clothing_secure = 1,
                       education_secure = 1, medical_secure = 1, housing_secure = 1, water_secure = 1 WHERE id = @Id
                """, new { Id = household, BeijingTime.Today(DateTimeOffset.UtcNow).Year });
        var criteria = await (await official.GetAsync($"/api/monitoring/cases/{first}/exit")).JsonAsync();
        var exited = await official.PostAsJsonAsync($"/api/monitoring/cases/{first}/exit", new { note = "收入恢复" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Contains("未达到退出标准", problem.GetProperty("zh").GetString());
        Assert.Equal(8, problem.GetProperty("criteria").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, adminConfirms.StatusCode);
        Assert.Equal(HttpStatusCode.OK, officialConfirms.StatusCode);
        Assert.True(criteria.GetProperty("allMet").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, exited.StatusCode);
        Assert.Equal("exited", (await exited.JsonAsync()).GetProperty("status").GetString());
        using var check = app.OpenDatabase();
        Assert.Equal(["exited", "exited"], check.Query<string>("SELECT status FROM monitoring_cases ORDER BY id"));
        Assert.Equal(2L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'monitoring_exited'"));
    }

    /// <summary>A household of the village enrolled as 监测户 (因灾, 住房安全), its labour as given.</summary>
    private static (long Id, long Household) EnrolledCase(AlertsApp app, string labour)
    {
        using var c = app.OpenDatabase();
        var household = c.ExecuteScalar<long>("""
            SELECT h.id FROM households h WHERE h.village_code = @Village AND h.is_monitored = 0
              AND EXISTS (SELECT 1 FROM people p WHERE p.household_id = h.id) ORDER BY h.id LIMIT 1
            """, new { Village });
        c.Execute("UPDATE households SET is_monitored = 1, labour = @Labour WHERE id = @Id", new { Id = household, Labour = labour });
        var id = c.ExecuteScalar<long>("""
            INSERT INTO monitoring_cases (household_id, village_code, source, status, stage, risk_types, opened_utc, deadline_on,
                                          enrolled_utc, created_utc, updated_utc)
            VALUES (@Household, @Village, 'grid_visit', 'monitored', 'county_decided', '["因灾","住房安全"]',
                    '2026-07-01T00:00:00.0000000Z', '2026-07-16', '2026-07-02T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z',
                    '2026-07-02T00:00:00.0000000Z')
            RETURNING id
            """, new { Household = household, Village });
        return (id, household);
    }

    private static (long Id, string Phone) GridWorker(AlertsApp app)
    {
        using var c = app.OpenDatabase();
        return c.QueryFirst<(long, string)>("SELECT id, phone FROM people WHERE role = 'grid_worker' AND region_code = @Village", new { Village });
    }
}
