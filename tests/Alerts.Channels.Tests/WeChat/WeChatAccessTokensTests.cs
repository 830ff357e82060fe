using Alerts.Channels.Messages;
using Alerts.Fakes.WeChat;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatAccessTokensTests
{
    private static OutboundMessage Text(string openId, string text = "暴雨橙色预警") =>
        new(ChannelKind.WeChat, openId, text, $"key-{openId}");

    [Fact]
    public async Task Many_concurrent_sends_fetch_the_token_once()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Enqueue(FakeWeChatFault.Slow(200).OnTokens()); // keep the first fetch in flight while others queue

        var results = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => h.Sender.SendAsync(Text($"o-{i}"), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        Assert.Equal(1, h.TokenCalls);
        Assert.Equal(40, h.Server.Messages.Deliveries.Count);
    }

    [Fact]
    public async Task A_token_expiring_mid_send_is_recovered_with_one_refresh_and_one_retry()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        Assert.Equal(SendOutcome.Sent, (await h.Sender.SendAsync(Text("o-1"), CancellationToken.None)).Outcome);
        h.Server.Enqueue(FakeWeChatFault.TokenExpired());

        var result = await h.Sender.SendAsync(Text("o-2"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(2, h.TokenCalls);
        var sends = h.Server.RequestsTo("/cgi-bin/message/custom/send");
        Assert.Equal(3, sends.Count);
        Assert.Equal(sends[0].Query, sends[1].Query); // the stale token was used once…
        Assert.NotEqual(sends[1].Query, sends[2].Query); // …and the retry carried the fresh one
        Assert.Equal(1, h.Server.Messages.CountFor("o-2"));
    }

    [Fact]
    public async Task A_token_refused_again_after_the_refresh_is_not_retried_a_second_time()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Enqueue(FakeWeChatFault.TokenExpired(), times: 2);

        var result = await h.Sender.SendAsync(Text("o-1"), CancellationToken.None);

        Assert.Equal(SendOutcome.Retryable, result.Outcome);
        Assert.Equal("40001", result.Code);
        Assert.Equal(2, h.TokenCalls);
        Assert.Equal(2, h.Server.RequestsTo("/cgi-bin/message/custom/send").Count);
    }

    [Fact]
    public async Task The_token_is_refreshed_when_less_than_five_minutes_remain()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        var first = await h.Tokens.GetAsync(h.Api, CancellationToken.None);
        h.Time.Advance(TimeSpan.FromMinutes(110)); // 10 minutes left: still cached
        var second = await h.Tokens.GetAsync(h.Api, CancellationToken.None);
        h.Time.Advance(TimeSpan.FromMinutes(6)); // 4 minutes left: refresh
        var third = await h.Tokens.GetAsync(h.Api, CancellationToken.None);

        Assert.Equal(first.Token!.Token, second.Token!.Token);
        Assert.NotEqual(first.Token.Token, third.Token!.Token);
        Assert.Equal(2, h.TokenCalls);
    }

    [Fact]
    public async Task A_second_instance_on_the_same_store_reuses_the_token()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        using var other = h.NewTokens();

        var mine = await h.Tokens.GetAsync(h.Api, CancellationToken.None);
        var theirs = await other.GetAsync(h.Api, CancellationToken.None);

        Assert.Equal(mine.Token!.Token, theirs.Token!.Token);
        Assert.Equal(1, h.TokenCalls);
    }

    [Fact]
    public async Task Two_instances_refreshing_at_once_fetch_the_token_once_through_the_stores_exclusive_section()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        using var other = h.NewTokens();
        h.Server.Enqueue(FakeWeChatFault.Slow(300).OnTokens()); // the first fetch is still in flight when the second asks

        var both = await Task.WhenAll(h.Tokens.GetAsync(h.Api, CancellationToken.None), other.GetAsync(h.Api, CancellationToken.None));

        Assert.Equal(both[0].Token!.Token, both[1].Token!.Token);
        Assert.Equal(1, h.TokenCalls);
    }

    [Fact]
    public async Task A_late_failure_with_an_old_token_does_not_drop_the_current_one()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        var current = await h.Tokens.GetAsync(h.Api, CancellationToken.None);

        await h.Tokens.InvalidateAsync("an-older-token", CancellationToken.None);
        var after = await h.Tokens.GetAsync(h.Api, CancellationToken.None);

        Assert.Equal(current.Token!.Token, after.Token!.Token);
        Assert.Equal(1, h.TokenCalls);
    }

    [Fact]
    public async Task Invalidating_the_current_token_makes_other_instances_refetch_too()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        using var other = h.NewTokens();
        var current = await h.Tokens.GetAsync(h.Api, CancellationToken.None);
        h.Server.Tokens.InvalidateAll();

        await h.Tokens.InvalidateAsync(current.Token!.Token, CancellationToken.None);
        var theirs = await other.GetAsync(h.Api, CancellationToken.None);

        Assert.NotEqual(current.Token.Token, theirs.Token!.Token);
        Assert.Equal(2, h.TokenCalls);
    }

    [Fact]
    public async Task A_wrong_secret_fails_at_the_token_endpoint_without_sending()
    {
        await using var h = await WeChatApiHarness.StartAsync(secret: "wrong");

        var result = await h.Sender.SendAsync(Text("o-1"), CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Equal("40125", result.Code);
        Assert.Empty(h.Server.RequestsTo("/cgi-bin/message/custom/send"));
    }

    [Fact]
    public async Task The_secret_goes_in_the_token_request_body_and_never_in_a_url()
    {
        await using var h = await WeChatApiHarness.StartAsync();

        await h.Sender.SendAsync(Text("o-1"), CancellationToken.None);

        var tokenRequest = Assert.Single(h.Server.RequestsTo("/cgi-bin/stable_token"));
        Assert.Equal(
            $$"""{"grant_type":"client_credential","appid":"{{h.Server.AppId}}","secret":"{{h.Server.AppSecret}}","force_refresh":false}""",
            tokenRequest.Body);
        Assert.All(h.Server.Requests, r => Assert.DoesNotContain(h.Server.AppSecret, r.Query));
    }
}
