using System.Data.Common;
using Alerts.Store;
using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alerts.TestSupport;

/// <summary>
/// A real database of the test's own, removed afterwards: a SQLite file in its own temporary folder, or, when the
/// suite runs on PostgreSQL (<see cref="TestEngine"/>), a new database on the suite's private server. A SQLite file
/// starts empty; a PostgreSQL database starts migrated (a copy of a migrated template, which is what saves the time of
/// migrating each one), so migrating it again changes nothing, unless the test asks for an empty one.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string? _directory;
    private readonly PostgresTestDatabase? _postgres;

    public TempDatabase() : this(TestEngine.Current) { }

    /// <param name="empty">On PostgreSQL, a database without even the schema (a test of migrating itself).</param>
    public TempDatabase(StoreEngine engine, bool empty = false)
    {
        DapperSetup.EnsureConfigured();
        Engine = engine;
        if (engine == StoreEngine.Postgres)
        {
            _postgres = PostgresTestServer.CreateDatabaseAsync(migrated: !empty).GetAwaiter().GetResult();
            ConnectionString = _postgres.ConnectionString;
            FilePath = "";
        }
        else
        {
            _directory = Path.Combine(Path.GetTempPath(), "alerts-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            FilePath = Path.Combine(_directory, "alerts.db");
            ConnectionString = $"Data Source={FilePath}";
        }
        Db = new StoreDb(Options.Create(new StoreOptions { ConnectionString = ConnectionString }));
        Migrator = new Migrator(Db, NullLogger<Migrator>.Instance);
    }

    public StoreEngine Engine { get; }

    /// <summary>The SQLite file (empty on PostgreSQL).</summary>
    public string FilePath { get; }

    /// <summary>What <c>ConnectionStrings:Alerts</c> would say for this database.</summary>
    public string ConnectionString { get; }

    public StoreDb Db { get; }
    public Migrator Migrator { get; }

    public DbConnection Open() => Db.Open();

    /// <summary>Every table and its columns (sorted), as the engine's own catalogue lists them.</summary>
    public SortedDictionary<string, string> Tables()
    {
        using var c = Open();
        var rows = c.Query<(string Table, string Column, long NotNull)>(Engine == StoreEngine.Postgres
            ? """
              SELECT table_name, column_name, CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END
              FROM information_schema.columns WHERE table_schema = current_schema()
              """
            : """
              SELECT m.name, p.name, p."notnull" OR p.pk FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
              """);
        return new SortedDictionary<string, string>(rows.GroupBy(r => r.Table).ToDictionary(g => g.Key,
            g => string.Join(", ", g.Select(r => r.Column + (r.NotNull == 1 ? " not null" : "")).Order(StringComparer.Ordinal))),
            StringComparer.Ordinal);
    }

    /// <summary>Migrated and loaded with the demo county (households as asked).</summary>
    public static async Task<TempDatabase> WithDemoCountyAsync(int households = 500, StoreEngine? engine = null)
    {
        var db = new TempDatabase(engine ?? TestEngine.Current);
        await db.Migrator.MigrateAsync(CancellationToken.None);
        var seeder = new HouseholdSeeder(db.Db, TimeProvider.System);
        new DemoDataLoader(db.Db, seeder, TimeProvider.System, NullLogger<DemoDataLoader>.Instance).LoadIfEmpty(households);
        return db;
    }

    public void Dispose()
    {
        Db.Dispose();
        if (_postgres is not null)
        {
            _postgres.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return;
        }
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory!, recursive: true); }
        catch (IOException) { /* a file still held open by a failed test; the temp folder is cleaned by the OS */ }
    }
}
