using System.Net;
using System.Text.Json;
using Alerts.Host.Tests.Support;
using Alerts.Store.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Foundation;

public sealed class HostStartupTests
{
    [Fact]
    public async Task TheHostMigratesTheDatabaseAndLoadsTheDemoCountyOnFirstStart()
    {
        await using var app = new AlertsApp();
        using var client = app.CreateClient();
        await client.GetAsync("/health");

        using var c = app.OpenDatabase();
        Assert.Equal(Migrator.LatestVersion, c.ExecuteScalar<int>("SELECT MAX(version) FROM schema_version"));
        Assert.Equal(300, c.ExecuteScalar<int>("SELECT COUNT(*) FROM households"));
        Assert.Equal(10, c.ExecuteScalar<int>("SELECT COUNT(*) FROM regions WHERE level = 4"));
        Assert.True(c.ExecuteScalar<int>("SELECT COUNT(*) FROM people WHERE role = 'grid_worker'") >= 90);
    }

    [Fact]
    public async Task HealthReportsTheDatabaseAndItsSchemaVersionAsJson()
    {
        await using var app = new AlertsApp();
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var database = json.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal(Migrator.LatestVersion, database.GetProperty("data").GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public async Task HealthIsUnhealthyWith503WhenTheDatabaseFileCannotBeWritten()
    {
        // Migrated by the real executable, so no handle this process opens on the file predates the change: SQLite
        // reuses a process's open handles, and one opened while the file was writable would stay writable.
        var directory = Path.Combine(Path.GetTempPath(), "alerts-readonly-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "alerts.db");
        Assert.Equal(0, (await HostCli.RunAsync(directory, database, "migrate")).ExitCode);
        try
        {
            using (ReadOnlyFile.Make(database))
            {
                await using var app = new AlertsApp(new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Alerts"] = $"Data Source={database}",
                    ["Demo:LoadOnEmptyDatabase"] = "false",
                });
                using var client = app.CreateClient();

                var response = await client.GetAsync("/health");

                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var check = json.RootElement.GetProperty("checks").GetProperty("database");
                Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
                Assert.Contains("cannot be written", check.GetProperty("description").GetString());
                Assert.Equal(Migrator.LatestVersion, check.GetProperty("data").GetProperty("schemaVersion").GetInt32());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task HealthIsDegradedButStill200WhileAnotherWriterHoldsTheWriteLock()
    {
        await using var app = new AlertsApp();
        using var client = app.CreateClient();
        await client.GetAsync("/health");
        using var other = app.OpenDatabase();
        using var writing = other.BeginTransaction();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheHomePageSaysInChineseWhatIsRunningAndLinksToHealth()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        var html = await client.GetStringAsync("/");

        Assert.Contains("工作台</h1>", html);
        Assert.Contains("<td class=\"num\" id=\"households\">300</td>", html);
        Assert.Contains("<span class=\"figure\" id=\"reports-waiting\">0</span>", html);
        Assert.Contains("href=\"/health\"", html);
        Assert.Contains("lang=\"zh-CN\"", html);
    }

    [Fact]
    public async Task TheDashboardCountsReportsWaitingForAVisitAndThoseOverdueAndOpenHelpRequestsWithLinksToTheirLists()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        await client.GetAsync("/health");
        using (var c = app.OpenDatabase())
            c.Execute("""
                INSERT INTO reports (number, village_code, reporter_id, hazard, house, crops, water, status, created_utc, updated_utc)
                SELECT '100001', region_code, id, 'landslide', 'collapsed', 'none', 'normal', 'submitted',
                       '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z'
                FROM people WHERE role = 'villager' LIMIT 1;
                INSERT INTO help_requests (channel, address, village_code, region_code, words, status, steps_told, created_utc, updated_utc)
                SELECT 'sms', '+8613800000001', region_code, region_code, '救命', 'open', 0,
                       '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z'
                FROM people WHERE role = 'villager' LIMIT 1;
                """);

        var html = await client.GetStringAsync("/");

        Assert.Contains("<span class=\"figure\" id=\"reports-waiting\">1</span>", html);
        Assert.Contains("href=\"/reports?status=submitted&amp;overdue=true\" id=\"reports-overdue\">1 份超过 2 天未核实", html);
        Assert.Contains("<span class=\"figure\" id=\"help-open\">1</span>", html);
        Assert.Contains("1 条无人值班接收", html);
    }

    [Fact]
    public async Task AnExistingDatabaseIsNotReseededOnRestart()
    {
        await using var first = new AlertsApp();
        using (var client = first.CreateClient()) await client.GetAsync("/health");
        using (var c = first.OpenDatabase()) c.Execute("DELETE FROM people WHERE id = 1");

        await using var second = new AlertsApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Alerts"] = $"Data Source={first.DatabasePath}",
        });
        using (var client = second.CreateClient()) await client.GetAsync("/health");

        using var check = first.OpenDatabase();
        Assert.Equal(300, check.ExecuteScalar<int>("SELECT COUNT(*) FROM households"));
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM people WHERE id = 1"));
    }

    [Fact]
    public async Task DemoDataCanBeTurnedOff()
    {
        await using var app = new AlertsApp(new Dictionary<string, string?> { ["Demo:LoadOnEmptyDatabase"] = "false" });
        using var client = app.CreateClient();
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM regions"));
    }
}
