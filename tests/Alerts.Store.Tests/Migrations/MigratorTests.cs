using Alerts.Store.Migrations;
using Alerts.TestSupport;
using Dapper;

namespace Alerts.Store.Tests.Migrations;

public sealed class MigratorTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AFreshDatabaseIsMigratedToTheLatestVersionWithEveryTable()
    {
        using var db = new TempDatabase();
        var version = await db.Migrator.MigrateAsync(Ct);

        Assert.Equal(Migrator.LatestVersion, version);
        Assert.True(version >= 1);
        using var c = db.Open();
        var tables = c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        Assert.Superset(new HashSet<string> { "schema_version", "regions", "households", "people", "grid_assignments", "audit_log" }, tables);
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task MigratingTwiceIsANoOp()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var again = await db.Migrator.MigrateAsync(Ct);

        Assert.Equal(Migrator.LatestVersion, again);
        using var c = db.Open();
        Assert.Equal(EmbeddedMigrations.All.Count, c.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task AFailingMigrationIsRolledBackAndLeavesTheDatabaseAsItWas()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var broken = EmbeddedMigrations.All.Append(new Migration(Migrator.LatestVersion + 1, "9999_broken", """
            CREATE TABLE half_done (id INTEGER PRIMARY KEY);
            INSERT INTO half_done (id) VALUES (1);
            ALTER TABLE no_such_table ADD COLUMN x TEXT;
            """)).ToList();

        var ex = await Assert.ThrowsAsync<MigrationException>(() => db.Migrator.MigrateAsync(broken, Ct));

        Assert.Contains("9999_broken", ex.Message);
        Assert.Equal(Migrator.LatestVersion, await db.Migrator.CurrentVersionAsync(Ct));
        using var c = db.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'"));
    }

    [Fact]
    public async Task ADatabaseNewerThanTheCodeIsRefusedWithAClearErrorAndNotTouched()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        using (var c = db.Open())
            c.Execute("INSERT INTO schema_version (version, name, applied_utc) VALUES (@V, 'from_the_future', '2030-01-01T00:00:00.0000000Z')",
                new { V = Migrator.LatestVersion + 5 });

        var ex = await Assert.ThrowsAsync<MigrationException>(() => db.Migrator.MigrateAsync(Ct));

        Assert.Contains("newer", ex.Message);
        Assert.Equal(Migrator.LatestVersion + 5, await db.Migrator.CurrentVersionAsync(Ct));
    }

    [Fact]
    public async Task AnEmptyFileReportsVersionZeroBeforeMigrating()
    {
        using var db = new TempDatabase();
        Assert.Equal(0, await db.Migrator.CurrentVersionAsync(Ct));
    }

    [Fact]
    public void EmbeddedMigrationsAreNumberedFromOneWithoutGaps()
    {
        var versions = EmbeddedMigrations.All.Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions[^1]), versions);
    }
}
