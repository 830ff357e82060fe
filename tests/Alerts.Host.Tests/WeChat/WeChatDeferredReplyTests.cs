using Alerts.Channels.Messages;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.AspNetCore.WebUtilities;

namespace Alerts.Host.Tests.WeChat;

/// <summary>
/// A turn slower than WeChat:PassiveReplyBudget: the push is answered "success" and the reply leaves through the
/// customer-service API (wechat.md §4 and §6), with the access token shared through the database (§5), and what
/// the fake answers recorded in outbound_messages.
/// </summary>
public sealed class WeChatDeferredReplyTests
{
    private const string OpenId = "oDeferred00000000000000000001";
    private const string Reply = "已派网格员前往，请保持电话畅通。";
    private const string CustomSend = "/cgi-bin/message/custom/send";
    private const string StableToken = "/cgi-bin/stable_token";

    [Fact]
    public async Task ASlowTurnIsAnsweredWithSuccessAndItsReplyArrivesThroughTheCustomerServiceApiExactlyOnce()
    {
        await using var harness = await StartAsync();
        var handler = new WeChatRecordingHandler(reply: _ => OutboundReply.Of(Reply)).Hold();
        using var client = harness.Start(handler);
        var msgId = harness.Pushes.NextMsgId();

        // The turn is held until after the answer: "success" cannot have waited for it.
        using var response = await harness.Pushes.Plain(harness.Pushes.Text(OpenId, msgId, "被困了")).SendAsync(client);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        Assert.Empty(harness.Fake.Requests);
        handler.Release();

        var sent = await WeChatHarness.EventuallyAsync(() => harness.Fake.Messages.Deliveries, d => d.Count >= 1, Settling);
        await harness.StopHostsAsync();

        var delivery = Assert.Single(harness.Fake.Messages.Deliveries);
        Assert.Equal(sent[0], delivery);
        Assert.Equal((OpenId, Reply), (delivery.OpenId, WeChatCustomText.Of(delivery.Body)));
        using var db = harness.OpenDatabase();
        var row = db.QuerySingle<(string Channel, string Address, string State, string Purpose, string Key)>(
            "SELECT channel, address, state, purpose, idempotency_key AS key FROM outbound_messages");
        Assert.Equal(("wechat", OpenId, "sent", "reply", $"reply:wechat:{OpenId}:{msgId}:0"), row);
        Assert.Equal("send", db.QuerySingle<string>("SELECT reply_via FROM inbound_messages"));
    }

    [Fact]
    public async Task AnExpiredTokenMidSendIsRefreshedOnceAndTheReplyResentOnce()
    {
        await using var harness = await StartAsync();
        using var client = harness.Start(SlowHandler());
        await SendAndWaitAsync(harness, client, deliveries: 1);
        Assert.Single(harness.Fake.RequestsTo(StableToken));

        // WeChat answers 40001 when another holder rotated the token.
        harness.Fake.Enqueue(FakeWeChatFault.TokenExpired());
        await SendAndWaitAsync(harness, client, deliveries: 2);
        await harness.StopHostsAsync();

        Assert.Equal(2, harness.Fake.RequestsTo(StableToken).Count);
        Assert.Equal(3, harness.Fake.RequestsTo(CustomSend).Count);
        Assert.Equal(2, harness.Fake.Tokens.Issued);
        var (stale, fresh) = (TokenOf(harness.Fake.RequestsTo(CustomSend)[1]), TokenOf(harness.Fake.RequestsTo(CustomSend)[2]));
        Assert.NotEqual(stale, fresh);
        using var db = harness.OpenDatabase();
        Assert.Equal(fresh, db.QuerySingle<string>("SELECT token FROM provider_tokens WHERE provider = 'wechat'"));
        Assert.Equal(["sent", "sent"], db.Query<string>("SELECT state FROM outbound_messages ORDER BY id"));
    }

    [Fact]
    public async Task TheTokenIsKeptInTheDatabaseSoASecondHostDoesNotFetchAnother()
    {
        await using var harness = await StartAsync();
        using var first = harness.Start(SlowHandler());
        await SendAndWaitAsync(harness, first, deliveries: 1);
        using var second = harness.Start(SlowHandler());
        await SendAndWaitAsync(harness, second, deliveries: 2);
        await harness.StopHostsAsync();

        Assert.Single(harness.Fake.RequestsTo(StableToken));
        Assert.Equal(1, harness.Fake.Tokens.Issued);
        var tokens = harness.Fake.RequestsTo(CustomSend).Select(TokenOf).Distinct();
        using var db = harness.OpenDatabase();
        Assert.Equal(db.QuerySingle<string>("SELECT token FROM provider_tokens WHERE provider = 'wechat'"), Assert.Single(tokens));
    }

    [Fact]
    public async Task AHostWhoseCachedTokenWasReplacedByAnotherHostPicksUpTheSharedOneInsteadOfFetchingAThird()
    {
        await using var harness = await StartAsync();
        using var first = harness.Start(SlowHandler());
        using var second = harness.Start(SlowHandler());
        await SendAndWaitAsync(harness, first, deliveries: 1);
        await SendAndWaitAsync(harness, second, deliveries: 2);

        // The second Host is told its token is stale, and fetches and shares a new one; the first still holds the old.
        harness.Fake.Enqueue(FakeWeChatFault.TokenExpired());
        await SendAndWaitAsync(harness, second, deliveries: 3);
        await SendAndWaitAsync(harness, first, deliveries: 4);
        await harness.StopHostsAsync();

        Assert.Equal(2, harness.Fake.RequestsTo(StableToken).Count);
        Assert.Equal(2, harness.Fake.Tokens.Issued);
        using var db = harness.OpenDatabase();
        Assert.Equal(["sent", "sent", "sent", "sent"], db.Query<string>("SELECT state FROM outbound_messages ORDER BY id"));
    }

    [Theory]
    // Busy: WeChat did nothing; the row stays pending for a later attempt.
    [InlineData("errcode -1", "pending", "-1", 0)]
    // A 500 after the request left: it may have gone, so it is not resent blindly (a custom send has no idempotency key).
    [InlineData("HTTP 500", "unknown", "http-500", 0)]
    [InlineData("accepted then HTTP 500", "unknown", "http-500", 1)]
    [InlineData("connection dropped", "unknown", "transport", 0)]
    // Outside the 48-hour window or unfollowed: another channel must reach this person.
    [InlineData("errcode 45015", "unreachable", "45015", 0)]
    [InlineData("errcode 43004", "unreachable", "43004", 0)]
    public async Task AFaultOnTheCustomerServiceSendIsRecordedAndNeverSentTwice(string fault, string state, string code, int delivered)
    {
        await using var harness = await StartAsync();
        using var client = harness.Start(SlowHandler());
        harness.Fake.Enqueue(fault switch
        {
            "errcode -1" => FakeWeChatFault.SystemBusy(),
            "HTTP 500" => FakeWeChatFault.Http500(),
            "accepted then HTTP 500" => FakeWeChatFault.AcceptThenHttp500(),
            "connection dropped" => FakeWeChatFault.Drop(),
            "errcode 45015" => FakeWeChatFault.Unreachable(OpenId, 45015),
            "errcode 43004" => FakeWeChatFault.Unreachable(OpenId),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        });
        var push = harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "被困了"));

        Assert.Equal("success", await (await push.SendAsync(client)).Content.ReadAsStringAsync());
        using var db = harness.OpenDatabase();
        var row = await WeChatHarness.EventuallyAsync(
            () => db.QuerySingleOrDefault<(string State, string? ErrorCode)>("SELECT state, error_code FROM outbound_messages"),
            r => r.State is not (null or "pending") || r.ErrorCode is not null, Settling);
        // WeChat redelivers the push; the record answers it, nothing is sent again.
        Assert.Equal("success", await (await push.SendAsync(client)).Content.ReadAsStringAsync());
        await harness.StopHostsAsync();

        Assert.Equal((state, code), row);
        Assert.Single(harness.Fake.RequestsTo(CustomSend));
        Assert.Equal(delivered, harness.Fake.Messages.Deliveries.Count);
    }

    [Fact]
    public async Task AReplyRefusedAsBusyIsSentAgainLaterAndArrivesOnce()
    {
        await using var harness = await StartAsync();
        using var client = harness.Start(SlowHandler());
        harness.Fake.Enqueue(FakeWeChatFault.SystemBusy());

        await harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "被困了")).SendAsync(client);
        using var db = harness.OpenDatabase();
        // The first retry is scheduled 5 s after the refusal; the retry worker looks every 2 s.
        var row = await WeChatHarness.EventuallyAsync(
            () => db.QuerySingleOrDefault<(string State, long Attempts)>("SELECT state, attempts FROM outbound_messages"),
            r => r.State == "sent", Settling);
        await harness.StopHostsAsync();

        Assert.Equal(("sent", 2L), row);
        Assert.Equal(2, harness.Fake.RequestsTo(CustomSend).Count);
        Assert.Single(harness.Fake.Messages.Deliveries);
    }

    [Fact]
    public async Task TheSendRecoversAfterAFaultForTheNextMessage()
    {
        await using var harness = await StartAsync();
        using var client = harness.Start(SlowHandler());
        harness.Fake.Enqueue(FakeWeChatFault.Http500());
        harness.Fake.Enqueue(FakeWeChatFault.SystemBusy());
        await SendAndWaitAsync(harness, client, deliveries: 0);
        await SendAndWaitAsync(harness, client, deliveries: 0);

        await SendAndWaitAsync(harness, client, deliveries: 1);
        await harness.StopHostsAsync();

        using var db = harness.OpenDatabase();
        var states = db.Query<string>("SELECT state FROM outbound_messages ORDER BY id").ToList();
        Assert.Equal(3, states.Count);
        Assert.Equal("unknown", states[0]);
        // The busy refusal waits for the reply retrier (5 s later); on a slow machine it may already have gone.
        Assert.Contains(states[1], new[] { "pending", "sent" });
        Assert.Equal("sent", states[2]);
    }

    [Fact]
    public async Task WithoutWeChatCredentialsTheDeferredReplyGoesToTheSimulator()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?> { ["WeChat:AppSecret"] = null });
        using var client = harness.Start(SlowHandler());

        await harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "被困了")).SendAsync(client);
        await harness.StopHostsAsync();

        using var db = harness.OpenDatabase();
        var row = db.QuerySingle<(string State, string ProviderMessageId)>("SELECT state, provider_message_id FROM outbound_messages");
        Assert.Equal("simulated", row.State);
        Assert.StartsWith("sim-", row.ProviderMessageId);
        Assert.Empty(harness.Fake.Requests);
    }

    private static Task<WeChatHarness> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["WeChat:PassiveReplyBudget"] = "00:00:00.200" };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        return WeChatHarness.StartAsync(settings: settings);
    }

    // Ten times the 200 ms budget: on two busy cores the budget's timer can fire late, and it must still fire first.
    private static WeChatRecordingHandler SlowHandler() =>
        new(TimeSpan.FromSeconds(2), _ => OutboundReply.Of(Reply));

    /// <summary>How long a deferred reply may take to settle: a 2 s turn, a token fetch and the send, on two busy cores.</summary>
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(30);

    /// <summary>Sends a new message and waits until its deferred send was answered, one way or another.</summary>
    private static async Task SendAndWaitAsync(WeChatHarness harness, HttpClient client, int deliveries)
    {
        using var db = harness.OpenDatabase();
        const string Settled = "SELECT COUNT(*) FROM outbound_messages WHERE state <> 'pending' OR error_code IS NOT NULL";
        var settledBefore = db.ExecuteScalar<int>(Settled);
        var push = harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "被困了"));
        Assert.Equal("success", await (await push.SendAsync(client)).Content.ReadAsStringAsync());
        await WeChatHarness.EventuallyAsync(() => db.ExecuteScalar<int>(Settled), n => n > settledBefore, Settling);
        Assert.Equal(deliveries, harness.Fake.Messages.Deliveries.Count);
    }

    private static string TokenOf(FakeWeChatRequest request) =>
        QueryHelpers.ParseQuery(request.Query)["access_token"].ToString();
}
