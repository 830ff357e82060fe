using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Tests.Support;
using Alerts.Fakes.WeChat;
using Alerts.Store.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Broadcast.Tests.Dispatch;

/// <summary>Dispatch runs one lane per channel: one provider's outage holds up its own lane and nobody else's.</summary>
public sealed class DispatchLaneTests
{
    [Fact]
    public async Task With_sms_refusing_every_connection_every_wechat_row_goes_before_the_sms_lane_first_retry_falls_due()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        // A town: 60 follow the account, 30 have only a phone, 10 follow in our records but WeChat says they left.
        var following = Enumerable.Range(0, 60).Select(i => $"oLANE{i:D23}").ToList();
        foreach (var openid in following) OutboxSql.AddPerson(c, openid, null);
        for (var i = 0; i < 30; i++) OutboxSql.AddPerson(c, null, $"+86137{i:D8}", elderly: i % 5 == 0);
        var left = Enumerable.Range(0, 10).Select(i => $"oLEFT{i:D23}").ToList();
        for (var i = 0; i < left.Count; i++)
        {
            OutboxSql.AddPerson(c, left[i], $"+86138{i:D8}");
            h.WeChat.Enqueue(FakeWeChatFault.Unreachable(left[i]));
        }

        var warning = OutboxSql.AddWarning(c);
        Assert.Equal(100, OutboxSql.Enqueue(c, warning));
        // The test clock never moves: nothing that waits for it (an SMS retry, a poll) can happen.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = h.CreateServices(new Dictionary<string, string?>
        {
            ["Twilio:ApiBaseUrl"] = $"http://127.0.0.1:{ClosedPort()}/",
            ["Dispatch:BatchSize"] = "10", ["Dispatch:Workers"] = "2",
            // Retries of a refused connection (it never left) wait no time, which a clock that never moves allows.
            ["Resilience:Twilio:RetryDelay"] = "00:00:00", ["Resilience:WeChat:RetryDelay"] = "00:00:00",
        }, clock);
        var worker = services.GetServices<IHostedService>().OfType<DispatchWorker>().Single();

        await worker.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => OpenWeChatRows(c) == 0 && DueSmsRows(c, clock.GetUtcNow()) == 0, () => Describe(c), clock.GetUtcNow);
        await worker.StopAsync(CancellationToken.None);

        var rows = OutboxSql.Rows(c, warning);
        var sms = rows.Where(r => r.Channel == "sms").ToList();
        var firstSmsRetry = sms.Min(r => UtcText.Parse(r.NextAttemptUtc));
        var weChat = rows.Where(r => r.Channel == "wechat").ToList();
        Assert.Equal(60, weChat.Count);
        Assert.All(weChat, r => Assert.Equal("sent", r.State));
        Assert.All(weChat, r => Assert.True(UtcText.Parse(r.SentUtc!) < firstSmsRetry));
        Assert.True(clock.GetUtcNow() < firstSmsRetry, "the SMS lane's first retry never fell due");
        Assert.Equal(following.Order(), h.WeChat.Messages.Deliveries.Select(d => d.OpenId).Order());
        // Those WeChat could not reach went to the SMS lane, pending, instead of being texted inside the WeChat attempt.
        Assert.Equal(40, sms.Count);
        Assert.All(sms, r => Assert.Equal("pending", r.State));
        Assert.Equal(left.Order(), sms.Where(r => r.WechatOpenid is not null).Select(r => r.WechatOpenid).Order());
        Assert.Empty(h.Twilio.Messages);
    }

    private static long OpenWeChatRows(DbConnection c) => Dapper.SqlMapper.ExecuteScalar<long>(c,
        "SELECT COUNT(*) FROM deliveries WHERE channel = 'wechat' AND state IN ('pending', 'sending')");

    private static long DueSmsRows(DbConnection c, DateTimeOffset now) => Dapper.SqlMapper.ExecuteScalar<long>(c,
        "SELECT COUNT(*) FROM deliveries WHERE channel = 'sms' AND (state = 'sending' OR (state = 'pending' AND next_attempt_utc <= @Now))",
        new { Now = UtcText.Format(now) });

    /// <summary>A loopback port nothing listens on: every connection to it is refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Describe(DbConnection c) => string.Join(", ",
        Dapper.SqlMapper.Query<(string?, string, long, string?)>(c,
            "SELECT channel, state, COUNT(*), MIN(next_attempt_utc) || ' ' || MAX(next_attempt_utc) FROM deliveries GROUP BY channel, state")
            .Select(r => $"{r.Item1}/{r.Item2}: {r.Item3} ({r.Item4})"));

    private static async Task WaitUntilAsync(Func<bool> done, Func<string> describe, Func<DateTimeOffset> now)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("dispatch did not get there within a minute: " + describe() + " now " + UtcText.Format(now()));
            await Task.Delay(20);
        }
    }
}
