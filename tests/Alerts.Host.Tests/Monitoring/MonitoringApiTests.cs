using System.Net;
using System.Net.Http.Json;
using System.Text;
using Alerts.Identity.Accounts;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>Officials list the monitoring candidates of their jurisdiction (JSON or CSV) and enrol or decline them.</summary>
public sealed class MonitoringApiTests
{
    private const string Village = "500112101001";

    [Fact]
    public async Task ATownOfficialSeesTheCandidatesOfTheirTownAsJsonAndCsv()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync("500112101000", Departments.Rural);
        using (var c = app.OpenDatabase()) InsertCandidate(c);

        var json = await (await official.GetAsync("/api/monitoring/cases")).JsonAsync();
        var csvResponse = await official.GetAsync("/api/monitoring/cases?format=csv");
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync());

        var row = Assert.Single(json.EnumerateArray());
        Assert.Equal("identifying", row.GetProperty("status").GetString());
        Assert.Equal("100001", row.GetProperty("reportNumber").GetString());
        Assert.StartsWith("text/csv", csvResponse.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("\uFEFF编号,状态,来源,村,户主", csv);
        Assert.Contains("识别中", csv);
        Assert.Contains("因灾、住房安全", csv);
        // A field with a comma or a quote is quoted, its quotes doubled (RFC 4180).
        Assert.Contains("\"收入不详, 按\"\"保障\"\"判断\"", csv);
    }

    [Fact]
    public async Task AnOfficialOfAnotherTownSeesNothingAndCannotDecide()
    {
        await using var app = new AlertsApp();
        using var other = await app.ClientAsync("500112102000", Departments.Rural);
        long id;
        using (var c = app.OpenDatabase()) id = InsertCandidate(c);

        var list = await (await other.GetAsync("/api/monitoring/cases")).JsonAsync();
        var enrol = await other.PostAsync($"/api/monitoring/cases/{id}/enrol", null);

        Assert.Empty(list.EnumerateArray());
        // Another town's household is not there for them: the same 404 as a missing one, naming nothing of that town.
        Assert.Equal(HttpStatusCode.NotFound, enrol.StatusCode);
        Assert.DoesNotContain("500112101", await enrol.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.PostAsJsonAsync($"/api/monitoring/cases/{id}/decline", new { reason = "收入已恢复" })).StatusCode);
        using var check = app.OpenDatabase();
        Assert.Equal("identifying", check.ExecuteScalar<string>("SELECT status FROM monitoring_cases WHERE id = @Id", new { Id = id }));
    }

    [Fact]
    public async Task EnrollingIsAuditedAndHappensOnceAndDecliningNeedsAReason()
    {
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync("500112000000", Departments.Rural);
        long first, second;
        using (var c = app.OpenDatabase())
        {
            first = InsertCandidate(c);
            second = InsertCandidate(c, reportId: 2);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await official.PostAsync($"/api/monitoring/cases/{first}/enrol", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await official.PostAsync($"/api/monitoring/cases/{first}/enrol", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await official.PostAsJsonAsync($"/api/monitoring/cases/{second}/decline", new { reason = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await official.PostAsJsonAsync($"/api/monitoring/cases/{second}/decline", new { reason = "收入已恢复" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await official.PostAsync("/api/monitoring/cases/999/enrol", null)).StatusCode);

        using var check = app.OpenDatabase();
        Assert.Equal(["monitored", "declined"], check.Query<string>("SELECT status FROM monitoring_cases ORDER BY id"));
        Assert.Equal("收入已恢复", check.ExecuteScalar<string>(
            "SELECT detail FROM audit_log WHERE action = 'monitoring_declined' AND subject = @S", new { S = $"case:{second}" }));
        Assert.Equal(1, check.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'monitoring_enrolled'"));
    }

    [Fact]
    public async Task AGridWorkersKeyCannotListOrDecideCandidates()
    {
        await using var app = new AlertsApp();
        using var worker = await app.ClientAsync(Village, role: AccountRoles.GridWorker);
        long id;
        using (var c = app.OpenDatabase()) id = InsertCandidate(c);

        var json = await worker.GetAsync("/api/monitoring/cases");
        var csv = await worker.GetAsync("/api/monitoring/cases?format=csv");
        var enrol = await worker.PostAsync($"/api/monitoring/cases/{id}/enrol", null);

        Assert.All(new[] { json, csv, enrol }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.StartsWith("application/problem+json", json.Content.Headers.ContentType!.ToString());
        Assert.DoesNotContain("突发严重困难户", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACellASpreadsheetWouldTakeForAFormulaIsNeutralised()
    {
        // What villagers or grid workers wrote, and the cell that must reach the spreadsheet (OWASP: ' inside the quotes).
        (string Written, string Cell)[] cases =
        [
            ("=HYPERLINK(\"http://x.example\",\"点我\")", "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"点我\"\")\""),
            ("+1", "\"'+1\""),
            ("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\t=1", "\"'\t=1\""),
            ("\r=1", "\"'\r=1\""),
            ("收入不详", "收入不详"),
        ];
        await using var app = new AlertsApp();
        using var official = await app.ClientAsync("500112101000", Departments.Rural);
        using (var c = app.OpenDatabase())
            for (var i = 0; i < cases.Length; i++) InsertCandidate(c, reportId: i + 1, explanation: cases[i].Written);

        var bytes = await (await official.GetAsync("/api/monitoring/cases?format=csv")).Content.ReadAsByteArrayAsync();

        foreach (var (_, cell) in cases)
        {
            // The explanation is a row's last cell.
            var expected = Encoding.UTF8.GetBytes("," + cell + "\r\n");
            Assert.True(bytes.AsSpan().IndexOf(expected) >= 0, $"{Convert.ToHexString(expected)} not in {Convert.ToHexString(bytes)}");
        }
    }

    [Fact]
    public async Task WithoutAKeyTheListIsRefused()
    {
        await using var app = new AlertsApp();
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/monitoring/cases")).StatusCode);
    }

    // A case the town has re-visited: ready for the county to decide.
    private static long InsertCandidate(SqliteConnection c, long reportId = 1, string explanation = "收入不详, 按\"保障\"判断")
    {
        var reporter = c.ExecuteScalar<long>("SELECT id FROM people WHERE region_code = @Village AND role = 'villager' LIMIT 1", new { Village });
        c.Execute("""
            INSERT INTO reports (id, number, village_code, reporter_id, hazard, house, crops, water, status, created_utc, updated_utc)
            VALUES (@Id, @Number, @Village, @Reporter, 'flood', 'collapsed', 'reduced', 'normal', 'confirmed',
                    '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z')
            """, new { Id = reportId, Number = (100_000 + reportId).ToString(), Village, Reporter = reporter });
        var id = c.ExecuteScalar<long>("""
            INSERT INTO monitoring_cases (household_id, village_code, source, status, stage, object_type, risk_types, red_warning,
                                          explanation, opened_utc, deadline_on, created_utc, updated_utc)
            VALUES (NULL, @Village, 'self_report', 'identifying', 'town_revisited', '突发严重困难户', '["因灾","住房安全"]', 1, @Explanation,
                    '2026-07-01T00:00:00.0000000Z', '2026-07-16', '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z')
            RETURNING id
            """, new { Village, Explanation = explanation });
        c.Execute("INSERT INTO case_reports (case_id, report_id, added_utc) VALUES (@Id, @Report, '2026-07-01T00:00:00.0000000Z')",
            new { Id = id, Report = reportId });
        return id;
    }
}
