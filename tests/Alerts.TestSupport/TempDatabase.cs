using Alerts.Store;
using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alerts.TestSupport;

/// <summary>A real SQLite file in its own temporary folder, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _directory;

    public TempDatabase()
    {
        DapperSetup.EnsureConfigured();
        _directory = Path.Combine(Path.GetTempPath(), "alerts-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        FilePath = System.IO.Path.Combine(_directory, "alerts.db");
        Db = new StoreDb(Options.Create(new StoreOptions { ConnectionString = $"Data Source={FilePath}" }));
        Migrator = new Migrator(Db, NullLogger<Migrator>.Instance);
    }

    public string FilePath { get; }
    public StoreDb Db { get; }
    public Migrator Migrator { get; }

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(Db.ConnectionString);
        c.Open();
        return c;
    }

    /// <summary>Migrated and loaded with the demo county (households as asked).</summary>
    public static async Task<TempDatabase> WithDemoCountyAsync(int households = 500)
    {
        var db = new TempDatabase();
        await db.Migrator.MigrateAsync(CancellationToken.None);
        var seeder = new HouseholdSeeder(db.Db, TimeProvider.System);
        new DemoDataLoader(db.Db, seeder, TimeProvider.System, NullLogger<DemoDataLoader>.Instance).LoadIfEmpty(households);
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a file still held open by a failed test; the temp folder is cleaned by the OS */ }
    }
}
