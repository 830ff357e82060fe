using System.Diagnostics;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Dapper;
using Xunit.Abstractions;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>
/// Real Host processes dispatching a warning to the loopback providers, one killed with SIGKILL halfway: alone on its
/// SQLite file and restarted, or one of three on a shared PostgreSQL whose two others take its work over.
/// </summary>
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

    [PostgresFact]
    public async Task Three_hosts_on_one_postgres_one_killed_mid_dispatch_the_others_finish_and_everyone_gets_exactly_one_message()
    {
        await using var weChat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        var (warning, rows) = await DispatchDatabase.PrepareOnAsync(database.ConnectionString, households: 8_300);
        Assert.True(rows >= 20_000, $"only {rows} deliveries");
        var settings = DispatchDatabase.LiveSettings(weChat, twilio);
        foreach (var (k, v) in ProcessSettings) settings[k] = v;
        settings["ConnectionStrings:Alerts"] = database.ConnectionString;
        settings["Hosts:HeartbeatInterval"] = "00:00:00.500";
        var clock = Stopwatch.StartNew();
        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => HostProcess.StartAsync(settings)));
        try
        {
            using var c = DispatchDatabase.OpenPostgres(database.ConnectionString);
            Assert.Equal(3L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM host_heartbeats"));
            await WaitUntilAsync(() => DispatchDatabase.Count(c, "state = 'sent'") >= 3_000, TimeSpan.FromSeconds(90));
            hosts[0].Kill();
            output.WriteLine($"killed one of three at {clock.Elapsed}: sent {DispatchDatabase.Count(c, "state = 'sent'")}, " +
                $"sending {DispatchDatabase.Count(c, "state = 'sending'")}, of {rows}");
            Assert.True(DispatchDatabase.Count(c, Open) > 0, "dispatch finished before the kill");

            await WaitUntilAsync(() => DispatchDatabase.Count(c, Open) == 0, TimeSpan.FromSeconds(180));
            output.WriteLine($"done at {clock.Elapsed} by the two left; template requests " +
                $"{weChat.RequestsTo("/cgi-bin/message/template/send").Count}, twilio lookups {twilio.Requests.Count(r => r.Method == "GET")}");
            DispatchDatabase.AssertExactlyOncePerRecipient(c, warning, weChat, twilio);
            Assert.Equal(2L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM host_heartbeats WHERE seen_utc > @Since",
                new { Since = Store.Database.UtcText.Format(DateTimeOffset.UtcNow.AddSeconds(-1.5)) }));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
                HostProcess.DeleteDirectory(host.Directory);
            }
        }
    }

    [PostgresFact]
    public async Task The_same_provider_message_id_pushed_to_two_hosts_at_once_is_one_message_answered_once()
    {
        await using var database = await PostgresTestServer.CreateDatabaseAsync();
        await DispatchDatabase.PrepareOnAsync(database.ConnectionString, households: 50);
        // Behind one load balancer: both Hosts verify Twilio's signature over the same public address.
        var settings = new Dictionary<string, string>(ProcessSettings)
        {
            ["ConnectionStrings:Alerts"] = database.ConnectionString,
            ["Twilio:AuthToken"] = TwilioTestSettings.AuthToken, ["Twilio:WebhookBaseUrl"] = PublicUrl,
        };
        var hosts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => HostProcess.StartAsync(settings)));
        try
        {
            using var c = DispatchDatabase.OpenPostgres(database.ConnectionString);
            var phone = c.ExecuteScalar<string>("SELECT phone FROM people WHERE role = 'villager' AND phone IS NOT NULL ORDER BY id LIMIT 1")!;
            var sid = TwilioWebhookPoster.NewSid();

            var answers = await Task.WhenAll(hosts.Select(async h =>
            {
                using var client = h.CreateClient();
                var response = await new TwilioWebhookPoster(client, PublicUrl).InboundAsync(phone, "你好", sid);
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }));

            Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.OK, a.StatusCode));
            Assert.Equal(1L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages WHERE provider_message_id = @Sid",
                new { Sid = sid }));
            Assert.Contains("<Message>", answers[0].Body);
            Assert.Equal(answers[0].Body, answers[1].Body); // the second is the first's stored answer, not a second turn
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
                HostProcess.DeleteDirectory(host.Directory);
            }
        }
    }

    private const string PublicUrl = "https://alerts.example.cn";

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
