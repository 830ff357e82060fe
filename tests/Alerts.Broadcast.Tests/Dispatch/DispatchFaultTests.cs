using System.Data.Common;
using Alerts.Broadcast.Tests.Support;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;

namespace Alerts.Broadcast.Tests.Dispatch;

public sealed class DispatchFaultTests
{
    private const int People = 200;

    [Fact]
    public async Task With_a_fifth_of_requests_failing_everyone_is_still_served_exactly_once()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        var warning = AddPeopleAndWarning(c);
        var rng = new Random(5);
        FakeWeChatFault[] weChatFaults =
        [
            FakeWeChatFault.Http500(), FakeWeChatFault.AcceptThenHttp500(), FakeWeChatFault.TooManyRequests(0),
            FakeWeChatFault.SystemBusy(), FakeWeChatFault.Slow(300), FakeWeChatFault.Drop(),
        ];
        FakeTwilioFault[] twilioFaults =
        [
            FakeTwilioFault.ServerError, FakeTwilioFault.ServerErrorAfterAccepting, FakeTwilioFault.TooManyRequests(),
            FakeTwilioFault.DropConnection, FakeTwilioFault.DropConnectionAfterAccepting,
            FakeTwilioFault.Slow(TimeSpan.FromMilliseconds(300)),
        ];
        // A fifth of WeChat recipients meet a fault on their first request; Twilio's faults hit its next requests.
        foreach (var openid in OpenIds(c).Where(_ => rng.Next(5) == 0))
            h.WeChat.Enqueue(weChatFaults[rng.Next(weChatFaults.Length)] with { OpenId = openid });
        for (var i = 0; i < People / 10; i++) h.Twilio.Inject(twilioFaults[rng.Next(twilioFaults.Length)]);

        await h.DrainAsync([h.CreateDispatcher(), h.CreateDispatcher()], TimeSpan.FromSeconds(90));

        AssertEveryoneServedOnce(h, c, warning);
        Assert.Contains(OutboxSql.Rows(c, warning), r => r.Attempts > 1);
        // Sends that Twilio accepted before failing were found by looking them up, not sent again.
        Assert.Contains(h.Twilio.Requests, r => r.Method == "GET");
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_never_send_twice()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        var warning = AddPeopleAndWarning(c);
        var small = new Dictionary<string, string?> { ["Dispatch:BatchSize"] = "3" };

        await h.DrainAsync([h.CreateDispatcher(small), h.CreateDispatcher(small), h.CreateDispatcher(small)],
            TimeSpan.FromSeconds(60));

        AssertEveryoneServedOnce(h, c, warning);
        Assert.All(OutboxSql.Rows(c, warning), r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task A_token_that_expires_mid_dispatch_is_refreshed_and_nobody_is_missed_or_doubled()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        var warning = AddPeopleAndWarning(c);
        var dispatcher = h.CreateDispatcher();
        await dispatcher.RunOnceAsync("wechat", CancellationToken.None);
        h.WeChat.Enqueue(FakeWeChatFault.TokenExpired(), times: 3);

        await h.DrainAsync(dispatcher);

        AssertEveryoneServedOnce(h, c, warning);
        Assert.True(h.WeChat.RequestsTo("/cgi-bin/stable_token").Count >= 2, "the token was fetched again");
    }

    /// <summary>Half follow on WeChat, half only have a phone; a few are vulnerable (priority 0).</summary>
    internal static long AddPeopleAndWarning(DbConnection c)
    {
        for (var i = 0; i < People; i++)
        {
            var openid = i % 2 == 0 ? $"oFAULT{i:D22}" : null;
            OutboxSql.AddPerson(c, openid, $"+86139{i:D8}", elderly: i % 7 == 0);
        }

        var warning = OutboxSql.AddWarning(c);
        Assert.Equal(People, OutboxSql.Enqueue(c, warning));
        return warning;
    }

    internal static void AssertEveryoneServedOnce(DispatchHarness h, DbConnection c, long warning)
    {
        var rows = OutboxSql.Rows(c, warning);
        Assert.All(rows, r => Assert.Equal("sent", r.State));
        var weChat = h.WeChat.Messages.Deliveries.GroupBy(d => d.OpenId).ToDictionary(g => g.Key, g => g.Count());
        var sms = h.Twilio.Messages.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count());
        foreach (var r in rows)
        {
            if (r.Channel == "wechat") Assert.Equal(1, weChat.GetValueOrDefault(r.WechatOpenid!));
            else Assert.Equal(1, sms.GetValueOrDefault(r.Phone!));
        }

        Assert.Equal(rows.Count, weChat.Values.Sum() + sms.Values.Sum());
    }

    private static List<string> OpenIds(DbConnection c) =>
        Dapper.SqlMapper.Query<string>(c, "SELECT wechat_openid FROM people WHERE wechat_openid IS NOT NULL").ToList();
}
