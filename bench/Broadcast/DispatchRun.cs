using System.Diagnostics;
using Alerts.Broadcast.Dispatch;
using Alerts.Channels;
using Alerts.Channels.Resilience;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Store;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alerts.Bench.Broadcast;

/// <summary>
/// The real dispatch workers (hosted service, Store, Channels) on the bench database until the outbox is drained; with
/// several Hosts, one service provider each (its own pools, HTTP clients and rate limiter), all on the one database at
/// once, each told its share of the configured rates as its heartbeat would tell it.
/// </summary>
internal static class DispatchRun
{
    public sealed record Result(long Sent, double Seconds, long PeakWorkingSetBytes)
    {
        public double PerSecond => Sent / Seconds;
    }

    public static async Task<Result> RunAsync(StoreDb db, FakeWeChatServer weChat, FakeTwilioServer twilio,
        int workers, Dictionary<string, string?> extra, int hosts = 1)
    {
        var providers = Enumerable.Range(0, hosts).Select(_ => Build(db, weChat, twilio, workers, extra)).ToList();
        try
        {
            // HostHeartbeat does this on its first beat, before dispatch starts; here every Host is counted from the
            // start, so the share never overshoots while the others come up.
            foreach (var p in providers) p.GetRequiredService<SendRateLimiter>().ShareAmong(hosts);
            var dispatchers = providers.Select(p => p.GetServices<IHostedService>().OfType<DispatchWorker>().Single()).ToList();
            await using var c = await db.OpenAsync(CancellationToken.None);
            long peak = 0;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(dispatchers.Select(d => d.StartAsync(CancellationToken.None)));
            while (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'sending')") > 0)
            {
                peak = Math.Max(peak, CurrentWorkingSet());
                await Task.Delay(50);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            await Task.WhenAll(dispatchers.Select(d => d.StopAsync(CancellationToken.None)));
            return new Result(await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE state = 'sent'"), seconds, peak);
        }
        finally
        {
            foreach (var p in providers) await p.DisposeAsync();
        }
    }

    private static ServiceProvider Build(StoreDb db, FakeWeChatServer weChat, FakeTwilioServer twilio, int workers,
        Dictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Alerts"] = db.ConnectionString,
            ["WeChat:AppId"] = weChat.AppId, ["WeChat:AppSecret"] = weChat.AppSecret, ["WeChat:Token"] = "bench",
            ["WeChat:ApiBaseUrl"] = weChat.BaseAddress.ToString(), ["WeChat:TemplateIds:default"] = "TPL",
            ["Twilio:AccountSid"] = twilio.AccountSid, ["Twilio:AuthToken"] = twilio.AuthToken,
            ["Twilio:From"] = "+15005550006", ["Twilio:ApiBaseUrl"] = twilio.BaseAddress.ToString(),
            ["Resilience:WeChat:SendRatePerSecond"] = "100000", ["Resilience:Twilio:SendRatePerSecond"] = "100000",
            ["Resilience:WeChat:SendQueueLimit"] = "100000", ["Resilience:Twilio:SendQueueLimit"] = "100000",
            // The same concurrency in all as the ceilings': the workers are shared out between the two lanes.
            ["Dispatch:Workers"] = Math.Max(1, workers / 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dispatch:BatchSize"] = "50", ["Dispatch:PollInterval"] = "00:00:00.050",
        };
        foreach (var (k, v) in extra) settings[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Error));
        services.AddStore(configuration);
        services.AddChannels(configuration);
        services.AddBroadcastDispatch(configuration);
        return services.BuildServiceProvider();
    }

    private static long CurrentWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
