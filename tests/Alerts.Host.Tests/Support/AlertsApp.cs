using Alerts.Bot.Conversations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// The real Host in memory, on its own SQLite file in its own temporary folder. Fresh per test; settings override
/// configuration the way appsettings would.
/// </summary>
public sealed class AlertsApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public AlertsApp(IDictionary<string, string?>? settings = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "alerts-host-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        DatabasePath = Path.Combine(Directory, "alerts.db");
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Alerts"] = $"Data Source={DatabasePath}",
            // A small county keeps each test's start-up fast; the full 5,000 are exercised by the process test.
            ["Demo:Households"] = "300",
            // Tests that need shelters add them (or turn this on): warnings and guidance elsewhere keep their generic words.
            ["Demo:Shelters"] = "false",
            // No demo hazard points: their monitors (grid workers) would read other stories' messages as monitor reports.
            ["Demo:HazardPoints"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) _settings[k] = v;
    }

    public string Directory { get; }
    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>This Host with <paramref name="handler"/> running the turns instead of the bot.</summary>
    public WebApplicationFactory<Program> WithTurnHandler(ITurnHandler handler) =>
        WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(handler)));

    public SqliteConnection OpenDatabase()
    {
        var c = new SqliteConnection($"Data Source={DatabasePath}");
        c.Open();
        return c;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* left for the OS to clean */ }
    }
}
