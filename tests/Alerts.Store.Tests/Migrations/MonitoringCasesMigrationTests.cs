using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Dapper;

namespace Alerts.Store.Tests.Migrations;

/// <summary>
/// A database of an earlier version holds monitoring candidates, one per confirmed report. Migration 0014 turns them into
/// cases: open candidates of one household fold into its one open case (monitored when any was enrolled), each keeps its
/// reports, the clock starts at the report, and an enrolled household becomes 监测户.
/// </summary>
public sealed class MonitoringCasesMigrationTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CandidatesBecomeOneOpenCasePerHouseholdWithTheirReportsAndDeclinedOnesStayApart()
    {
        using var db = new TempDatabase(StoreEngine.Sqlite); // a SQLite file of an earlier version: PostgreSQL starts at its baseline
        await db.Migrator.MigrateAsync(EmbeddedMigrations.Sqlite.Where(m => m.Version <= 13).ToList(), Ct);
        using var c = db.Open();
        const string day1 = "2026-07-01T08:00:00.0000000Z", day2 = "2026-07-02T08:00:00.0000000Z";
        c.Execute("INSERT INTO regions (code, name, level, parent_code) VALUES ('500112101001', '一村', 5, NULL)");
        c.Execute($"""
            INSERT INTO households (id, village_code, address, head_name, created_utc)
            VALUES (1, '500112101001', '一组', '张大', '{day1}'), (2, '500112101001', '二组', '李二', '{day1}')
            """);
        c.Execute($"INSERT INTO people (id, household_id, name, role, region_code, created_utc) VALUES (1, 1, '张大', 'villager', '500112101001', '{day1}')");
        for (var id = 1; id <= 4; id++)
            c.Execute($"""
                INSERT INTO reports (id, number, village_code, household_id, reporter_id, hazard, house, crops, water, status, created_utc, updated_utc)
                VALUES ({id}, '10000{id}', '500112101001', {(id == 4 ? 2 : 1)}, 1, 'flood', 'collapsed', 'none', 'normal', 'confirmed',
                        '{(id == 1 ? day1 : day2)}', '{day2}')
                """);
        c.Execute($"""
            INSERT INTO monitoring_candidates (id, report_id, household_id, village_code, object_type, risk_types, red_warning,
                                               explanation, deadline_on, status, created_utc)
            VALUES (1, 1, 1, '500112101001', '突发严重困难户', '["因灾"]', 1, 'a', '2026-07-17', 'candidate', '{day2}'),
                   (2, 2, 1, '500112101001', '突发严重困难户', '["因灾"]', 0, 'b', '2026-07-17', 'enrolled', '{day2}'),
                   (3, 3, 1, '500112101001', '突发严重困难户', '["因灾"]', 0, 'c', '2026-07-17', 'declined', '{day2}'),
                   (4, 4, 2, '500112101001', '边缘易致贫户', '["因灾"]', 0, 'd', '2026-07-17', 'candidate', '{day2}')
            """);

        await db.Migrator.MigrateAsync(Ct);

        var cases = c.Query<(long Id, long Household, string Status, string Opened)>(
            "SELECT id, household_id, status, opened_utc FROM monitoring_cases ORDER BY id").ToList();
        Assert.Equal([(1L, 1L, "monitored", day1), (3L, 1L, "declined", day2), (4L, 2L, "identifying", day2)], cases);
        Assert.Equal([(1L, 1L), (1L, 2L), (3L, 3L), (4L, 4L)],
            c.Query<(long, long)>("SELECT case_id, report_id FROM case_reports ORDER BY report_id").ToList());
        Assert.Equal([1L], c.Query<long>("SELECT id FROM households WHERE is_monitored = 1").ToList());
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'monitoring_candidates'"));
    }
}
