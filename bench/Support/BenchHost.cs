using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Alerts.Bench.Support;

/// <summary>
/// The real Host on Kestrel at 127.0.0.1 (a dynamic port), on the given database (a bench database of either engine;
/// several BenchHosts may share one PostgreSQL database, as several Host processes would).
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BenchHost(string connectionString, Dictionary<string, string?> settings)
    {
        _settings = new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:Alerts"] = connectionString,
            // Per-request logging would measure the console, not the webhook.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
    }

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
}
