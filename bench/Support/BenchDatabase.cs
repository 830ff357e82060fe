using Alerts.Store;
using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alerts.Bench.Support;

/// <summary>A fresh, migrated SQLite file holding the demo county's places, in a temporary folder.</summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "alerts-bench-" + Guid.NewGuid().ToString("N"));

    public BenchDatabase()
    {
        Directory.CreateDirectory(_directory);
        DapperSetup.EnsureConfigured();
        Db = new StoreDb(Options.Create(new StoreOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "bench.db")}" }));
        new Migrator(Db, NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var c = Open();
        new DemoDataLoader(Db, new HouseholdSeeder(Db, TimeProvider.System), TimeProvider.System, NullLogger<DemoDataLoader>.Instance)
            .EnsureRegions(c);
    }

    public StoreDb Db { get; }

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(Db.ConnectionString);
        c.Open();
        return c;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
