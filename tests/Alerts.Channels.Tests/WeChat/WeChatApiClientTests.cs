using System.Text.Json;
using Alerts.Channels.Messages;
using Alerts.Fakes.WeChat;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatApiClientTests
{
    private static readonly Dictionary<string, string> Data = new() { ["thing1"] = "暴雨红色预警", ["time2"] = "2025-07-01 08:00" };

    public static TheoryData<string, bool, SendOutcome, string> Faults() => new()
    {
        { "busy", false, SendOutcome.Retryable, "-1" },
        { "minute-quota", false, SendOutcome.Retryable, "45011" },
        { "not-following", false, SendOutcome.Unreachable, "43004" },
        { "outside-window", false, SendOutcome.Unreachable, "45015" },
        { "bad-template", true, SendOutcome.Failed, "40037" },
        { "500", false, SendOutcome.Unknown, "http-500" },
        { "500", true, SendOutcome.Retryable, "http-500" },
        { "429", false, SendOutcome.Retryable, "http-429" },
        { "drop", false, SendOutcome.Unknown, "transport" },
        { "drop", true, SendOutcome.Retryable, "transport" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Provider_failures_are_classified_by_what_wechat_may_have_done(
        string fault, bool template, SendOutcome expected, string code)
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Enqueue(fault switch
        {
            "busy" => FakeWeChatFault.SystemBusy(),
            "minute-quota" => FakeWeChatFault.ErrCode(45011),
            "not-following" => FakeWeChatFault.Unreachable("o-1", 43004),
            "outside-window" => FakeWeChatFault.Unreachable("o-1", 45015),
            "bad-template" => FakeWeChatFault.ErrCode(40037),
            "500" => FakeWeChatFault.Http500(),
            "429" => FakeWeChatFault.TooManyRequests(7),
            "drop" => FakeWeChatFault.Drop(),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        });

        var result = template
            ? await h.Sender.SendTemplateAsync("o-1", "weather.red", Data, "alert-1:o-1", null, CancellationToken.None)
            : await h.Sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, "o-1", "hi", "k"), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(code, result.Code);
        if (fault == "429")
        {
            Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        }
    }

    [Fact]
    public async Task An_unreachable_fault_hits_only_its_own_openid()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Enqueue(FakeWeChatFault.Unreachable("o-b"));

        var a = await h.Sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, "o-a", "hi", "k1"), CancellationToken.None);
        var b = await h.Sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, "o-b", "hi", "k2"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, a.Outcome);
        Assert.Equal(SendOutcome.Unreachable, b.Outcome);
    }

    [Fact]
    public async Task A_slow_answer_past_the_timeout_is_unknown_for_a_custom_send()
    {
        await using var h = await WeChatApiHarness.StartAsync(httpTimeout: TimeSpan.FromMilliseconds(300));
        await h.Tokens.GetAsync(h.Api, CancellationToken.None);
        h.Server.Enqueue(FakeWeChatFault.Slow(3000));

        var result = await h.Sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, "o-1", "hi", "k"), CancellationToken.None);

        Assert.Equal(SendOutcome.Unknown, result.Outcome);
        Assert.Equal("timeout", result.Code);
    }

    [Fact]
    public async Task A_refused_connection_is_retryable()
    {
        var h = await WeChatApiHarness.StartAsync();
        await h.DisposeAsync(); // nothing listens on the port any more

        var result = await h.Api.SendCustomTextAsync("token", "o-1", "hi", CancellationToken.None);

        Assert.Equal(SendOutcome.Retryable, result.Outcome);
        Assert.Equal("connect", result.Code);
    }

    [Fact]
    public async Task A_template_retried_with_the_same_client_msg_id_is_delivered_once()
    {
        await using var h = await WeChatApiHarness.StartAsync();
        h.Server.Enqueue(FakeWeChatFault.AcceptThenHttp500());

        var first = await h.Sender.SendTemplateAsync("o-1", "weather.red", Data, "alert-1:o-1", null, CancellationToken.None);
        var retry = await h.Sender.SendTemplateAsync("o-1", "weather.red", Data, "alert-1:o-1", null, CancellationToken.None);
        var again = await h.Sender.SendTemplateAsync("o-1", "weather.red", Data, "alert-1:o-1", null, CancellationToken.None);
        var other = await h.Sender.SendTemplateAsync("o-1", "weather.red", Data, "alert-2:o-1", null, CancellationToken.None);

        Assert.Equal(SendOutcome.Retryable, first.Outcome);
        Assert.Equal(SendOutcome.Sent, retry.Outcome);
        Assert.NotNull(retry.ProviderMessageId);
        Assert.Equal(retry.ProviderMessageId, again.ProviderMessageId);
        Assert.NotEqual(retry.ProviderMessageId, other.ProviderMessageId);
        Assert.Equal(2, h.Server.Messages.CountFor("o-1"));
    }

    [Fact]
    public async Task The_template_request_carries_the_configured_id_data_url_and_client_msg_id()
    {
        await using var h = await WeChatApiHarness.StartAsync();

        await h.Sender.SendTemplateAsync("o-1", "weather.red", Data, "alert-1:o-1", "https://example.org/w/1", CancellationToken.None);

        var sent = Assert.Single(h.Server.RequestsTo("/cgi-bin/message/template/send"));
        using var json = JsonDocument.Parse(sent.Body);
        var root = json.RootElement;
        Assert.Equal("o-1", root.GetProperty("touser").GetString());
        Assert.Equal("TPL_WEATHER_RED", root.GetProperty("template_id").GetString());
        Assert.Equal("alert-1:o-1", root.GetProperty("client_msg_id").GetString());
        Assert.Equal("https://example.org/w/1", root.GetProperty("url").GetString());
        Assert.Equal("暴雨红色预警", root.GetProperty("data").GetProperty("thing1").GetProperty("value").GetString());
        Assert.StartsWith("?access_token=FAKE_TOKEN_", sent.Query);
    }

    [Fact]
    public async Task The_custom_send_request_is_a_text_message_to_the_openid()
    {
        await using var h = await WeChatApiHarness.StartAsync();

        await h.Sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, "o-1", "水位上涨", "k"), CancellationToken.None);

        var sent = Assert.Single(h.Server.RequestsTo("/cgi-bin/message/custom/send"));
        Assert.Equal("""{"touser":"o-1","msgtype":"text","text":{"content":"水位上涨"}}""",
            JsonSerializer.Serialize(JsonDocument.Parse(sent.Body).RootElement,
                new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task A_template_key_without_a_configured_id_fails_without_calling_wechat()
    {
        await using var h = await WeChatApiHarness.StartAsync();

        var result = await h.Sender.SendTemplateAsync("o-1", "geological.orange", Data, "x", null, CancellationToken.None);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Empty(h.Server.Requests);
    }
}
