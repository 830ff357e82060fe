using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Alerts.Bench.Support;

/// <summary>The real Host on Kestrel at 127.0.0.1 (a dynamic port), on a temporary SQLite file.</summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "alerts-bench-host-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;

    public BenchHost(Dictionary<string, string?> settings)
    {
        Directory.CreateDirectory(_directory);
        _settings = new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:Alerts"] = $"Data Source={Path.Combine(_directory, "alerts.db")}",
            // Per-request logging would measure the console, not the webhook.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public string DatabasePath => Path.Combine(_directory, "alerts.db");

    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The Host needs no files from its project folder (no static files, compiled Razor), and under `dotnet run`
        // the factory's guess of that folder (solution dir + assembly name) does not exist.
        builder.UseContentRoot(AppContext.BaseDirectory);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
