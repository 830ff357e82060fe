using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Alerts.TestSupport;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.Store.Tests.Migrations;

/// <summary>The migrator, on the engine the suite runs on (TestEngine), and the two sequences kept in step.</summary>
public sealed class MigratorTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AFreshDatabaseIsMigratedToTheLatestVersionWithEveryTable()
    {
        using var db = new TempDatabase(TestEngine.Current, empty: true);
        var version = await db.Migrator.MigrateAsync(Ct);

        Assert.Equal(Migrator.LatestVersion, version);
        Assert.True(version >= 1);
        Assert.Superset(new HashSet<string> { "schema_version", "regions", "households", "people", "grid_assignments", "audit_log" },
            db.Tables().Keys.ToHashSet());
        if (db.Engine == StoreEngine.Sqlite)
        {
            using var c = db.Open();
            Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        }
    }

    [Fact]
    public async Task MigratingTwiceIsANoOp()
    {
        using var db = new TempDatabase(TestEngine.Current, empty: true);
        await db.Migrator.MigrateAsync(Ct);
        var again = await db.Migrator.MigrateAsync(Ct);

        Assert.Equal(Migrator.LatestVersion, again);
        using var c = db.Open();
        Assert.Equal(EmbeddedMigrations.For(db.Engine).Count, c.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task HostsStartingTogetherMigrateOnceAndAllSeeTheLatestVersion()
    {
        using var db = new TempDatabase(TestEngine.Current, empty: true);
        var migrators = Enumerable.Range(0, 3).Select(_ => new Migrator(
            new StoreDb(Microsoft.Extensions.Options.Options.Create(new StoreOptions { ConnectionString = db.ConnectionString })),
            NullLogger<Migrator>.Instance)).ToList();

        var versions = await Task.WhenAll(migrators.Select(m => m.MigrateAsync(Ct)));

        Assert.All(versions, v => Assert.Equal(Migrator.LatestVersion, v));
        using var c = db.Open();
        Assert.Equal(EmbeddedMigrations.For(db.Engine).Count, c.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task AFailingMigrationIsRolledBackAndLeavesTheDatabaseAsItWas()
    {
        using var db = new TempDatabase(TestEngine.Current, empty: true);
        await db.Migrator.MigrateAsync(Ct);
        var broken = EmbeddedMigrations.For(db.Engine).Append(new Migration(Migrator.LatestVersion + 1, "9999_broken", """
            CREATE TABLE half_done (id INTEGER PRIMARY KEY);
            INSERT INTO half_done (id) VALUES (1);
            ALTER TABLE no_such_table ADD COLUMN x TEXT;
            """)).ToList();

        var ex = await Assert.ThrowsAsync<MigrationException>(() => db.Migrator.MigrateAsync(broken, Ct));

        Assert.Contains("9999_broken", ex.Message);
        Assert.Equal(Migrator.LatestVersion, await db.Migrator.CurrentVersionAsync(Ct));
        Assert.DoesNotContain("half_done", db.Tables().Keys);
    }

    [Fact]
    public async Task ADatabaseNewerThanTheCodeIsRefusedWithAClearErrorAndNotTouched()
    {
        using var db = new TempDatabase(TestEngine.Current, empty: true);
        await db.Migrator.MigrateAsync(Ct);
        using (var c = db.Open())
            c.Execute("INSERT INTO schema_version (version, name, applied_utc) VALUES (@V, 'from_the_future', '2030-01-01T00:00:00.0000000Z')",
                new { V = Migrator.LatestVersion + 5 });

        var ex = await Assert.ThrowsAsync<MigrationException>(() => db.Migrator.MigrateAsync(Ct));

        Assert.Contains("newer", ex.Message);
        Assert.Equal(Migrator.LatestVersion + 5, await db.Migrator.CurrentVersionAsync(Ct));
    }

    [Fact]
    public async Task AnEmptyDatabaseReportsVersionZeroBeforeMigrating()
    {
        using var db = new TempDatabase(TestEngine.Current, empty: true);
        Assert.Equal(0, await db.Migrator.CurrentVersionAsync(Ct));
    }

    [Fact]
    public void EmbeddedMigrationsAreOneSequenceSqliteFromOnePostgresFromItsBaselineWithTheSameNamesAfter()
    {
        var sqlite = EmbeddedMigrations.Sqlite.Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, sqlite[^1]), sqlite);

        var postgres = EmbeddedMigrations.Postgres;
        Assert.Equal(sqlite[^1], postgres[^1].Version);
        Assert.Equal(EmbeddedMigrations.Sqlite.Where(m => m.Version > postgres[0].Version).Select(m => m.Name),
            postgres.Skip(1).Select(m => m.Name));
    }

    [PostgresFact]
    public async Task BothEnginesReachTheSameTablesAndColumnsWithTheSameNotNulls()
    {
        using var sqlite = new TempDatabase(StoreEngine.Sqlite);
        using var postgres = new TempDatabase(StoreEngine.Postgres, empty: true);
        await sqlite.Migrator.MigrateAsync(Ct);
        await postgres.Migrator.MigrateAsync(Ct);

        var expected = sqlite.Tables();
        var actual = postgres.Tables();
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (table, columns) in expected) Assert.Equal($"{table}: {columns}", $"{table}: {actual[table]}");
    }
}
