using Alerts.Host.Tests.Support;
using Alerts.Store.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Foundation;

/// <summary>The migrate and seed verbs, run as the real executable on an empty file.</summary>
public sealed class CliVerbTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "alerts-cli-" + Guid.NewGuid().ToString("N"));
    private string Database => Path.Combine(_directory, "alerts.db");

    public CliVerbTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task MigrateCreatesTheSchemaAndSeedAddsTheAskedHouseholdsToTheDemoCounty()
    {
        var migrate = await HostCli.RunAsync(_directory, Database, "migrate");
        var seed = await HostCli.RunAsync(_directory, Database, "seed", "--households", "1500");
        var again = await HostCli.RunAsync(_directory, Database, "seed", "--households", "500");

        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains($"schema version {Migrator.LatestVersion}", migrate.Out);
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("seeded 1500 households", seed.Out);
        Assert.Equal(0, again.ExitCode);
        using var c = new SqliteConnection($"Data Source={Database}");
        c.Open();
        Assert.Equal(2000, c.ExecuteScalar<int>("SELECT COUNT(*) FROM households"));
        Assert.Equal(10, c.ExecuteScalar<int>("SELECT COUNT(*) FROM regions WHERE level = 4"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) - COUNT(DISTINCT phone) FROM people WHERE phone IS NOT NULL"));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("seed", "--households")]
    [InlineData("seed", "--households", "lots")]
    [InlineData("seed", "--households", "-5")]
    [InlineData("frobnicate")]
    public async Task BadArgumentsExitWith2AndChangeNothing(params string[] args)
    {
        var result = await HostCli.RunAsync(_directory, Database, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage", result.Err);
        Assert.False(File.Exists(Database) && new FileInfo(Database).Length > 0 && HasHouseholds());
    }

    private bool HasHouseholds()
    {
        using var c = new SqliteConnection($"Data Source={Database}");
        c.Open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'households'") > 0 &&
               c.ExecuteScalar<long>("SELECT COUNT(*) FROM households") > 0;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* left for the OS */ }
    }
}
