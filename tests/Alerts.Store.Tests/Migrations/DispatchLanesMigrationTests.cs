using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Dapper;

namespace Alerts.Store.Tests.Migrations;

/// <summary>
/// A database an earlier version was dispatching from when it was upgraded: its queued rows have no channel yet, and
/// the lanes claim only rows of their own channel. Migration 0012 puts each in its person's lane, or marks it
/// unreachable, so nobody is skipped and nobody is sent twice.
/// </summary>
public sealed class DispatchLanesMigrationTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task QueuedRowsOfAnEarlierVersionGetTheirPersonsLaneAndRowsAlreadyGoneAreLeftAlone()
    {
        using var db = new TempDatabase(StoreEngine.Sqlite); // a SQLite file of an earlier version: PostgreSQL starts at its baseline
        await db.Migrator.MigrateAsync(EmbeddedMigrations.Sqlite.Where(m => m.Version <= 11).ToList(), Ct);
        using var c = db.Open();
        c.Execute("INSERT INTO regions (code, name, level, parent_code) VALUES ('500112000000', '渝北区', 3, NULL)");
        const string now = "2026-07-01T08:00:00.0000000Z";
        c.Execute($"""
            INSERT INTO people (id, name, role, region_code, phone, wechat_openid, wechat_unfollowed_utc, sms_opted_out, created_utc)
            VALUES (1, '关注', 'villager', '500112000000', '+8613800000001', 'oFOLLOWS', NULL, 0, '{now}'),
                   (2, '取关', 'villager', '500112000000', '+8613800000002', 'oLEFT', '{now}', 0, '{now}'),
                   (3, '退订', 'villager', '500112000000', '+8613800000003', NULL, NULL, 1, '{now}'),
                   (4, '已发', 'villager', '500112000000', '+8613800000004', NULL, NULL, 0, '{now}')
            """);
        c.Execute($"""
            INSERT INTO warnings (id, identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, updated_utc)
            VALUES (1, 'w1', 'weather', '暴雨', 'red', 'warning', 'h', 'd', 'i', 'households', '{now}', '2999-01-01T00:00:00.0000000Z',
                    'published', '{now}', '{now}')
            """);
        c.Execute($"""
            INSERT INTO deliveries (warning_id, person_id, priority, village_code, state, channel, next_attempt_utc, lease_until_utc)
            VALUES (1, 1, 1, '500112000000', 'pending', NULL, '{now}', NULL),
                   (1, 2, 1, '500112000000', 'sending', NULL, '{now}', '{now}'),
                   (1, 3, 1, '500112000000', 'pending', NULL, '{now}', NULL),
                   (1, 4, 1, '500112000000', 'sent', 'sms', '{now}', NULL)
            """);

        await db.Migrator.MigrateAsync(Ct);

        var rows = c.Query<(long Person, string State, string? Channel)>(
            "SELECT person_id, state, channel FROM deliveries ORDER BY person_id").ToList();
        Assert.Equal(
        [
            (1L, "pending", (string?)"wechat"),
            (2L, "sending", "sms"),
            (3L, "unreachable", null),
            (4L, "sent", "sms"),
        ], rows);
    }
}
