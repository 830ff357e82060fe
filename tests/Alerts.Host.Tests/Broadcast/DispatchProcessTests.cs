using System.Diagnostics;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Xunit.Abstractions;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>The real Host process dispatching a warning to the loopback providers, killed with SIGKILL halfway.</summary>
[Collection(SerialCollection.Name)]
public sealed class DispatchProcessTests(ITestOutputHelper output)
{
    private const string Open = "state IN ('pending', 'sending') OR (state = 'unknown' AND in_doubt = 1)";

    [Fact]
    public async Task Killed_mid_dispatch_of_twenty_thousand_and_restarted_everyone_gets_exactly_one_message()
    {
        await using var weChat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "alerts-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "alerts.db");
        var (warning, rows) = await DispatchDatabase.PrepareAsync(database, households: 8_300);
        Assert.True(rows >= 20_000, $"only {rows} deliveries");
        var settings = DispatchDatabase.LiveSettings(weChat, twilio);
        foreach (var (k, v) in ProcessSettings) settings[k] = v;
        var clock = Stopwatch.StartNew();
        try
        {
            var first = await HostProcess.StartAsync(settings, directory);
            using (var c = DispatchDatabase.Open(database))
            {
                await WaitUntilAsync(() => DispatchDatabase.Count(c, "state = 'sent'") >= 3_000, TimeSpan.FromSeconds(90));
                first.Kill();
                output.WriteLine($"killed at {clock.Elapsed}: sent {DispatchDatabase.Count(c, "state = 'sent'")}, " +
                    $"sending {DispatchDatabase.Count(c, "state = 'sending'")}, of {rows}");
                Assert.True(DispatchDatabase.Count(c, Open) > 0, "dispatch finished before the kill");
            }

            await first.DisposeAsync();
            await using var second = await HostProcess.StartAsync(settings, directory);
            using (var c = DispatchDatabase.Open(database))
            {
                await WaitUntilAsync(() => DispatchDatabase.Count(c, Open) == 0, TimeSpan.FromSeconds(120));
                output.WriteLine($"done at {clock.Elapsed}; template requests {weChat.RequestsTo("/cgi-bin/message/template/send").Count}, " +
                    $"twilio lookups {twilio.Requests.Count(r => r.Method == "GET")}");
                DispatchDatabase.AssertExactlyOncePerRecipient(c, warning, weChat, twilio);
            }
        }
        finally
        {
            HostProcess.DeleteDirectory(directory);
        }
    }

    /// <summary>Fast enough for a test on two cores: high send rates, short leases so the restart takes over quickly.</summary>
    private static readonly Dictionary<string, string> ProcessSettings = new()
    {
        ["Resilience:WeChat:SendRatePerSecond"] = "5000", ["Resilience:Twilio:SendRatePerSecond"] = "5000",
        ["Dispatch:Workers"] = "8", ["Dispatch:BatchSize"] = "50", ["Dispatch:Lease"] = "00:00:05",
        ["Resilience:WeChat:TotalTimeout"] = "00:00:02", ["Resilience:Twilio:TotalTimeout"] = "00:00:02",
        ["Resilience:WeChat:AttemptTimeout"] = "00:00:01", ["Resilience:Twilio:AttemptTimeout"] = "00:00:01",
        ["Dispatch:ReconcileDelay"] = "00:00:00.200", ["Dispatch:PollInterval"] = "00:00:00.200",
        ["Demo:LoadOnEmptyDatabase"] = "false", ["Logging:LogLevel:Default"] = "Warning",
    };

    private static async Task WaitUntilAsync(Func<bool> done, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            if (deadline.Elapsed > timeout) throw new TimeoutException($"not done within {timeout}");
            await Task.Delay(100);
        }
    }
}
