using Alerts.Broadcast.Dispatch;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Broadcast;

[Collection(SerialCollection.Name)]
public sealed class DispatchThroughHostTests
{
    [Fact]
    public async Task The_hosts_workers_serve_every_villager_once_through_a_fifth_of_faults_and_text_those_wechat_cannot_reach()
    {
        await using var weChat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        var settings = DispatchDatabase.LiveSettings(weChat, twilio).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        settings["Dispatch:PollInterval"] = "00:00:00.100";
        settings["Dispatch:RetryBaseDelay"] = "00:00:00.050";
        settings["Dispatch:RetryMaxDelay"] = "00:00:00.500";
        settings["Dispatch:ReconcileDelay"] = "00:00:00.100";
        settings["Resilience:WeChat:SendRatePerSecond"] = "2000";
        settings["Resilience:Twilio:SendRatePerSecond"] = "2000";
        settings["Resilience:WeChat:RetryDelay"] = "00:00:00.020";
        settings["Resilience:Twilio:RetryDelay"] = "00:00:00.020";
        await using var app = new AlertsApp(settings);
        using var client = app.CreateClient(); // starts the Host: migrated, demo county loaded, workers running
        using var c = app.OpenDatabase();
        var openids = c.Query<string>(
            "SELECT wechat_openid FROM people WHERE role = 'villager' AND wechat_openid IS NOT NULL AND phone IS NOT NULL")
            .ToList();
        var notFollowing = openids.Take(10).ToList();
        foreach (var openid in notFollowing) weChat.Enqueue(FakeWeChatFault.Unreachable(openid));
        var rng = new Random(11);
        foreach (var openid in openids.Skip(10).Where(_ => rng.Next(5) == 0))
            weChat.Enqueue((rng.Next(3) switch { 0 => FakeWeChatFault.Http500(), 1 => FakeWeChatFault.SystemBusy(),
                _ => FakeWeChatFault.AcceptThenHttp500() }) with { OpenId = openid });
        twilio.Inject(FakeTwilioFault.ServerErrorAfterAccepting, 20);
        twilio.Inject(FakeTwilioFault.TooManyRequests(), 20);
        twilio.Inject(FakeTwilioFault.DropConnectionAfterAccepting, 20);

        var warning = Publish(c);
        app.Services.GetRequiredService<DispatchSignal>().Wake();

        await DispatchDatabase.WaitUntilNoneAsync(c, "state IN ('pending', 'sending') OR (state = 'unknown' AND in_doubt = 1)", 60);

        var failures = c.Query<string>("SELECT last_error || ' x' || attempts FROM deliveries WHERE state = 'failed'").ToList();
        Assert.True(failures.Count == 0, string.Join("; ", failures.Take(5)));
        DispatchDatabase.AssertExactlyOncePerRecipient(c, warning, weChat, twilio);
        var fellBack = c.Query<string>("""
            SELECT d.channel FROM deliveries d JOIN people p ON p.id = d.person_id WHERE p.wechat_openid IN @Openids
            """, new { Openids = notFollowing });
        Assert.All(fellBack, channel => Assert.Equal("sms", channel));
    }

    private static long Publish(Microsoft.Data.Sqlite.SqliteConnection c) =>
        DispatchDatabase.PublishToEveryVillager(c, "through-host", "geological", "滑坡", "orange", "forecast", "木耳镇滑坡橙色临灾预报",
            "请立即撤离到安置点。");
}
