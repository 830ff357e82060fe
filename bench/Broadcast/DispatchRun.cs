using System.Diagnostics;
using Alerts.Broadcast.Dispatch;
using Alerts.Channels;
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

/// <summary>The real dispatch workers (hosted service, Store, Channels) on the bench database until the outbox is drained.</summary>
internal static class DispatchRun
{
    public sealed record Result(long Sent, double Seconds, long PeakWorkingSetBytes)
    {
        public double PerSecond => Sent / Seconds;
    }

    public static async Task<Result> RunAsync(StoreDb db, FakeWeChatServer weChat, FakeTwilioServer twilio,
        int workers, Dictionary<string, string?> extra)
    {
        await using var services = Build(db, weChat, twilio, workers, extra);
        var worker = services.GetServices<IHostedService>().OfType<DispatchWorker>().Single();
        using var c = new Microsoft.Data.Sqlite.SqliteConnection(db.ConnectionString);
        c.Open();
        long peak = 0;
        var watch = Stopwatch.StartNew();
        await worker.StartAsync(CancellationToken.None);
        while (c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'sending')") > 0)
        {
            peak = Math.Max(peak, CurrentWorkingSet());
            await Task.Delay(50);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await worker.StopAsync(CancellationToken.None);
        return new Result(c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE state = 'sent'"), seconds, peak);
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
