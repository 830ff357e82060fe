using System.Diagnostics;
using Alerts.Bot.Conversations;
using Alerts.Fakes.WeChat;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// A FakeWeChatServer and one or more Hosts (<see cref="AlertsApp"/>) configured for it, all on one SQLite file
/// that outlives any single Host, so a test can restart the Host or run two instances side by side.
/// </summary>
public sealed class WeChatHarness : IAsyncDisposable
{
    public const string Token = "alerts-host-token";
    public const string OurId = "gh_alertshost01";
    // 43 characters [A-Za-z0-9], the wechatpy test key.
    public const string AesKey = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR";

    private readonly List<AlertsApp> _apps = [];
    private readonly Dictionary<string, string?> _settings;
    private readonly string _directory;

    private WeChatHarness(FakeWeChatServer fake, string directory, Dictionary<string, string?> settings)
    {
        Fake = fake;
        _directory = directory;
        _settings = settings;
        Pushes = new WeChatPushBuilder(Token, OurId, fake.AppId, AesKey);
    }

    public FakeWeChatServer Fake { get; }

    public WeChatPushBuilder Pushes { get; }

    public string DatabasePath => Path.Combine(_directory, "alerts.db");

    /// <summary>The most recently started Host, for its services.</summary>
    public WebApplicationFactory<Program> Latest { get; private set; } = null!;

    /// <summary>Starts the fake; Hosts start with <see cref="Start"/>. <paramref name="settings"/> add to or override
    /// the WeChat settings (e.g. WeChat:PassiveReplyBudget).</summary>
    public static async Task<WeChatHarness> StartAsync(bool safeMode = false, IDictionary<string, string?>? settings = null)
    {
        var fake = await FakeWeChatServer.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "alerts-wechat-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var all = LiveSettings(fake).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        all["ConnectionStrings:Alerts"] = $"Data Source={Path.Combine(directory, "alerts.db")}";
        all["WeChat:EncodingAESKey"] = safeMode ? AesKey : null;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return new WeChatHarness(fake, directory, all);
    }

    /// <summary>The settings that point a Host's WeChat account at <paramref name="fake"/> (plaintext mode).</summary>
    public static Dictionary<string, string> LiveSettings(FakeWeChatServer fake) => new()
    {
        ["WeChat:AppId"] = fake.AppId,
        ["WeChat:AppSecret"] = fake.AppSecret,
        ["WeChat:Token"] = Token,
        ["WeChat:OriginalId"] = OurId,
        ["WeChat:ApiBaseUrl"] = fake.BaseAddress.ToString(),
    };

    /// <summary>Starts a Host instance on the shared database; <paramref name="handler"/> goes in front of the real
    /// inbound handler.</summary>
    public HttpClient Start(WeChatRecordingHandler? handler = null)
    {
        var app = new AlertsApp(_settings);
        _apps.Add(app);
        Latest = handler is null ? app : app.WithWebHostBuilder(b => b.ConfigureTestServices(s => Decorate(s, handler)));
        return Latest.CreateClient();
    }

    /// <summary>Stops every Host started so far (waiting for replies in flight); the database stays.</summary>
    public async Task StopHostsAsync()
    {
        foreach (var app in _apps) await app.DisposeAsync();
        _apps.Clear();
    }

    public SqliteConnection OpenDatabase()
    {
        var c = new SqliteConnection($"Data Source={DatabasePath}");
        c.Open();
        return c;
    }

    /// <summary>Polls until <paramref name="done"/> holds (10 s at most) and returns the last value read.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan? within = null)
    {
        var clock = Stopwatch.StartNew();
        var value = read();
        while (!done(value) && clock.Elapsed < (within ?? TimeSpan.FromSeconds(10)))
        {
            await Task.Delay(25);
            value = read();
        }

        return value;
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostsAsync();
        await Fake.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* left for the OS to clean */ }
    }

    private static void Decorate(IServiceCollection services, WeChatRecordingHandler handler)
    {
        var real = services.Last(d => d.ServiceType == typeof(ITurnHandler));
        services.Remove(real);
        services.AddSingleton<ITurnHandler>(sp =>
        {
            handler.Inner = real.ImplementationInstance as ITurnHandler
                            ?? real.ImplementationFactory?.Invoke(sp) as ITurnHandler
                            ?? (ITurnHandler)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!);
            return handler;
        });
    }
}
