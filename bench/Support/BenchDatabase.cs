using System.Data.Common;
using Alerts.Store;
using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alerts.Bench.Support;

/// <summary>
/// A fresh, migrated database of the chosen engine: a SQLite file in a temporary folder, or a new database on the
/// bench's PostgreSQL (<see cref="BenchPostgres"/>); with <c>regions</c>, holding the demo county's places.
/// </summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly string? _directory;

    public BenchDatabase(StoreEngine engine = StoreEngine.Sqlite, bool regions = true)
    {
        string connectionString;
        if (engine == StoreEngine.Postgres)
        {
            connectionString = BenchPostgres.CreateDatabase();
        }
        else
        {
            _directory = Path.Combine(Path.GetTempPath(), "alerts-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            connectionString = $"Data Source={Path.Combine(_directory, "bench.db")}";
        }

        DapperSetup.EnsureConfigured();
        Db = new StoreDb(Options.Create(new StoreOptions { ConnectionString = connectionString }));
        new Migrator(Db, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (!regions) return;
        using var c = Open();
        new DemoDataLoader(Db, new HouseholdSeeder(Db, TimeProvider.System), TimeProvider.System, NullLogger<DemoDataLoader>.Instance)
            .EnsureRegions(c);
    }

    public StoreDb Db { get; }

    public StoreEngine Engine => Db.Engine;

    /// <summary>A connection as the Host opens it (pragmas on SQLite, the pooled data source on PostgreSQL).</summary>
    public DbConnection Open() => Db.Open();

    /// <summary>A plain SQLite connection, for the SQLite-only benches (seed, register).</summary>
    public SqliteConnection OpenSqlite()
    {
        var c = new SqliteConnection(Db.ConnectionString);
        c.Open();
        return c;
    }

    /// <summary>Drops pooled connections (and with them SQLite's page caches, e.g. the seeder's, from the working set).</summary>
    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        Db.Dispose();
        if (_directory is null)
        {
            BenchPostgres.DropDatabase(Db.ConnectionString);
            return;
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
