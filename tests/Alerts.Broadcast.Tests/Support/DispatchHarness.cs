using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Outbox;
using Alerts.Channels;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Store;
using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using System.Data.Common;
using Alerts.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.Broadcast.Tests.Support;

/// <summary>
/// Dispatch on a real temporary database (SQLite, or PostgreSQL when the suite runs on it) against the loopback WeChat and Twilio fakes, both configured as live.
/// <see cref="CreateDispatcher"/> builds an independent service provider per call: two of them are two workers
/// (or two Host instances) sharing one database and the same providers.
/// </summary>
public sealed class DispatchHarness : IAsyncDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<ServiceProvider> _providers = [];

    private DispatchHarness(FakeWeChatServer weChat, FakeTwilioServer twilio)
    {
        WeChat = weChat;
        Twilio = twilio;
    }

    public FakeWeChatServer WeChat { get; }
    public FakeTwilioServer Twilio { get; }
    public string ConnectionString => _database.ConnectionString;

    public static async Task<DispatchHarness> StartAsync()
    {
        var harness = new DispatchHarness(await FakeWeChatServer.StartAsync(), await FakeTwilioServer.StartAsync());
        var db = harness._database.Db;
        await harness._database.Migrator.MigrateAsync(CancellationToken.None);
        using var c = harness.Open();
        new DemoDataLoader(db, new HouseholdSeeder(db, TimeProvider.System), TimeProvider.System,
            NullLogger<DemoDataLoader>.Instance).EnsureRegions(c);
        return harness;
    }

    public DbConnection Open() => _database.Open();

    /// <summary>Settings for fast tests: high send rates, short leases and backoff, quick reconciliation.</summary>
    public Dictionary<string, string?> Settings(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Alerts"] = ConnectionString,
            ["WeChat:AppId"] = WeChat.AppId, ["WeChat:AppSecret"] = WeChat.AppSecret, ["WeChat:Token"] = "token",
            ["WeChat:ApiBaseUrl"] = WeChat.BaseAddress.ToString(), ["WeChat:TemplateIds:weather.red"] = "TPL-RED",
            ["WeChat:TemplateIds:default"] = "TPL-ANY",
            ["Twilio:AccountSid"] = Twilio.AccountSid, ["Twilio:AuthToken"] = Twilio.AuthToken,
            ["Twilio:From"] = "+15005550006", ["Twilio:ApiBaseUrl"] = Twilio.BaseAddress.ToString(),
            ["Resilience:WeChat:SendRatePerSecond"] = "2000", ["Resilience:Twilio:SendRatePerSecond"] = "2000",
            ["Resilience:WeChat:RetryDelay"] = "00:00:00.020", ["Resilience:Twilio:RetryDelay"] = "00:00:00.020",
            ["Resilience:WeChat:AttemptTimeout"] = "00:00:02", ["Resilience:Twilio:AttemptTimeout"] = "00:00:02",
            ["Resilience:WeChat:TotalTimeout"] = "00:00:05", ["Resilience:Twilio:TotalTimeout"] = "00:00:05",
            ["Resilience:WeChat:SamplingDuration"] = "00:00:05", ["Resilience:Twilio:SamplingDuration"] = "00:00:05",
            ["Resilience:WeChat:BreakDuration"] = "00:00:00.500", ["Resilience:Twilio:BreakDuration"] = "00:00:00.500",
            ["Dispatch:Lease"] = "00:00:20", ["Dispatch:RetryBaseDelay"] = "00:00:00.050",
            ["Dispatch:RetryMaxDelay"] = "00:00:00.500", ["Dispatch:ReconcileDelay"] = "00:00:00.100",
            ["Dispatch:PollInterval"] = "00:00:00.050", ["Dispatch:BatchSize"] = "10",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>()) settings[k] = v;
        return settings;
    }

    /// <summary>A service provider of its own (Store, Channels, dispatch) on the shared database and fakes.</summary>
    public ServiceProvider CreateServices(IDictionary<string, string?>? overrides = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(overrides)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        if (time is not null) services.AddSingleton(time);
        services.AddStore(configuration);
        services.AddChannels(configuration);
        services.AddBroadcastDispatch(configuration);
        var provider = services.BuildServiceProvider(validateScopes: true);
        lock (_providers) _providers.Add(provider);
        return provider;
    }

    internal Dispatcher CreateDispatcher(IDictionary<string, string?>? overrides = null, TimeProvider? time = null) =>
        CreateServices(overrides, time).GetRequiredService<Dispatcher>();

    /// <summary>Runs dispatch rounds on each dispatcher concurrently until no row is open, or throws after the timeout.</summary>
    internal async Task DrainAsync(IReadOnlyList<Dispatcher> dispatchers, TimeSpan timeout)
    {
        using var stop = new CancellationTokenSource(timeout);
        try
        {
            await DrainUntilDoneAsync(dispatchers, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            using var c = Open();
            var states = Dapper.SqlMapper.Query<(string, long, long)>(c,
                "SELECT state, COUNT(*), MAX(attempts) FROM deliveries GROUP BY state");
            throw new TimeoutException($"Dispatch did not finish in {timeout}: " +
                string.Join(", ", states.Select(s => $"{s.Item1} {s.Item2} (attempts ≤ {s.Item3})")));
        }
    }

    private async Task DrainUntilDoneAsync(IReadOnlyList<Dispatcher> dispatchers, CancellationToken ct)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAll(dispatchers.Select(d => Task.Run(async () =>
        {
            while (true)
            {
                using (var c = Open())
                {
                    if (OutboxSql.Open(c) == 0) return;
                }

                stop.Token.ThrowIfCancellationRequested();
                if (await d.RunEveryLaneOnceAsync(stop.Token) == 0) await Task.Delay(20, stop.Token);
            }
        })));
    }

    internal Task DrainAsync(Dispatcher dispatcher) => DrainAsync([dispatcher], TimeSpan.FromSeconds(60));

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await WeChat.DisposeAsync();
        await Twilio.DisposeAsync();
        _database.Dispose();
    }
}
