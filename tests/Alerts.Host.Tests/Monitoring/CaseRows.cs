using System.Data.Common;
using Dapper;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>
/// A confirmed report in the demo county's first village and the case it opened, written directly, already re-visited by
/// the town: ready for the county to decide.
/// </summary>
internal static class CaseRows
{
    public const string Village = "500112101001";

    public static long Insert(DbConnection c, long reportId = 1, string explanation = "收入不详, 按\"保障\"判断")
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
