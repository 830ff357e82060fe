using System.Net;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.WeChat;

/// <summary>
/// Pushes that are not authentic (403), too large (413) or not WeChat XML (400, including XXE and entity expansion):
/// refused before anything is recorded or handled.
/// </summary>
public sealed class WeChatRefusalTests
{
    private const string OpenId = "oRefused000000000000000000001";

    private const string Xxe = """
        <?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <xml><ToUserName><![CDATA[gh_alertshost01]]></ToUserName><FromUserName>&xxe;</FromUserName>
        <CreateTime>1714036500</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>x</Content><MsgId>1</MsgId></xml>
        """;

    private const string BillionLaughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <xml><ToUserName><![CDATA[gh_alertshost01]]></ToUserName><FromUserName>o1</FromUserName><CreateTime>1714036500</CreateTime>
        <MsgType><![CDATA[text]]></MsgType><Content>&lol3;</Content><MsgId>1</MsgId></xml>
        """;

    [Theory]
    [InlineData("unsigned")]
    [InlineData("signed with another token")]
    [InlineData("signature for another nonce")]
    [InlineData("timestamp six minutes old")]
    [InlineData("timestamp six minutes ahead")]
    [InlineData("timestamp not a number")]
    [InlineData("nonce missing")]
    [InlineData("unsigned and oversized")]
    [InlineData("addressed to another account")]
    public async Task APlainPushThatIsNotAuthenticIsRefusedWith403AndNothingIsRecorded(string kind)
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var p = harness.Pushes;
        var text = p.Text(OpenId, p.NextMsgId(), "你好");
        var push = kind switch
        {
            "unsigned" => p.Plain(text).Without("signature"),
            "signed with another token" => Resign(p.Plain(text), "not-our-token"),
            "signature for another nonce" => p.Plain(text).With("nonce", "99"),
            "timestamp six minutes old" => p.Plain(text, DateTimeOffset.UtcNow.AddMinutes(-6)),
            "timestamp six minutes ahead" => p.Plain(text, DateTimeOffset.UtcNow.AddMinutes(6)),
            "timestamp not a number" => Resign(p.Plain(text).With("timestamp", "soon"), WeChatHarness.Token),
            "nonce missing" => p.Plain(text).Without("nonce"),
            "unsigned and oversized" => p.Plain(text).Without("signature").WithBody(new string(' ', 70_000)),
            "addressed to another account" => p.Plain(text.Replace(WeChatHarness.OurId, "gh_someoneelse1", StringComparison.Ordinal)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await push.SendAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRecorded(harness, handler);
    }

    [Theory]
    [InlineData("not XML")]
    [InlineData("empty body")]
    [InlineData("truncated XML")]
    [InlineData("JSON")]
    [InlineData("another root element")]
    [InlineData("a field twice")]
    [InlineData("text without MsgId")]
    [InlineData("CreateTime not a number")]
    [InlineData("unknown encrypt_type")]
    [InlineData("XXE")]
    [InlineData("billion laughs")]
    [InlineData("FromUserName not an openid")]
    [InlineData("FromUserName over 64 characters")]
    [InlineData("FromUserName empty")]
    public async Task ASignedPlainPushThatIsNotWeChatXmlIsRefusedWith400AndNothingIsRecorded(string kind)
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var p = harness.Pushes;
        var body = kind switch
        {
            "not XML" => "hello",
            "empty body" => "",
            "truncated XML" => p.Text(OpenId, "1", "x")[..60],
            "JSON" => """{"ToUserName":"gh_alertshost01","MsgType":"text"}""",
            "another root element" => p.Text(OpenId, "1", "x").Replace("xml>", "msg>", StringComparison.Ordinal),
            "a field twice" => p.Xml(OpenId, "text", "<Content>a</Content><Content>b</Content><MsgId>1</MsgId>"),
            "text without MsgId" => p.Xml(OpenId, "text", "<Content>a</Content>"),
            "CreateTime not a number" => p.Text(OpenId, "1", "x", createTime: null).Replace("<CreateTime>", "<CreateTime>x", StringComparison.Ordinal),
            "unknown encrypt_type" => p.Text(OpenId, "1", "x"),
            "XXE" => Xxe,
            "billion laughs" => BillionLaughs,
            "FromUserName not an openid" => p.Text("oRefused'; DROP TABLE people;--", "1", "x"),
            "FromUserName over 64 characters" => p.Text("o" + new string('x', 64), "1", "x"),
            "FromUserName empty" => p.Text("", "1", "x"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var push = p.Plain(body);
        if (kind == "unknown encrypt_type") push = push.With("encrypt_type", "des");

        var response = await push.SendAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingRecorded(harness, handler);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASignedBodyOver64KiBIsRefusedWith413AndNothingIsRecorded(bool streamedWithoutLength)
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var text = harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "你好");
        var push = harness.Pushes.Plain(PaddedTo(text, 65_537));
        Assert.Equal(65_537, push.Body.Length);

        var response = await push.SendAsync(client, streamedWithoutLength);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertNothingRecorded(harness, handler);
    }

    [Fact]
    public async Task ABodyOfExactly64KiBIsStillAccepted()
    {
        await using var harness = await WeChatHarness.StartAsync();
        using var client = harness.Start();
        var text = harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "你好");
        var push = harness.Pushes.Plain(PaddedTo(text, 65_536));
        Assert.Equal(65_536, push.Body.Length);

        var response = await push.SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("这里是灾害预警与救助服务", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("msg_signature missing")]
    [InlineData("msg_signature wrong")]
    [InlineData("Encrypt replaced after signing")]
    [InlineData("query signature wrong")]
    [InlineData("encrypted for another AppId")]
    [InlineData("plaintext replayed without encrypt_type")]
    [InlineData("timestamp six minutes old")]
    public async Task InSafeModeAPushThatIsNotAuthenticIsRefusedWith403AndNothingIsRecorded(string kind)
    {
        await using var harness = await WeChatHarness.StartAsync(safeMode: true);
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var p = harness.Pushes;
        var text = p.Text(OpenId, p.NextMsgId(), "你好");
        var push = kind switch
        {
            "msg_signature missing" => p.Encrypted(text).Without("msg_signature"),
            "msg_signature wrong" => p.Encrypted(text).With("msg_signature", new string('0', 40)),
            "Encrypt replaced after signing" => p.Encrypted(text) with { Body = p.Encrypted(p.Text(OpenId, "2", "伪造")).Body },
            "query signature wrong" => p.Encrypted(text).With("signature", new string('0', 40)),
            "encrypted for another AppId" => p.Encrypted(text, forAppId: "wxsomeoneelse0001"),
            // Plaintext signatures cover only the query: a captured one could carry any body, so safe mode refuses it.
            "plaintext replayed without encrypt_type" => p.Plain(text),
            "timestamp six minutes old" => p.Encrypted(text, DateTimeOffset.UtcNow.AddMinutes(-6)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await push.SendAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRecorded(harness, handler);
    }

    [Theory]
    [InlineData("envelope not XML")]
    [InlineData("envelope without Encrypt")]
    [InlineData("XXE in the envelope")]
    [InlineData("XXE inside the encrypted message")]
    [InlineData("billion laughs inside the encrypted message")]
    public async Task InSafeModeAnEnvelopeOrMessageThatIsNotWeChatXmlIsRefusedWith400AndNothingIsRecorded(string kind)
    {
        await using var harness = await WeChatHarness.StartAsync(safeMode: true);
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var p = harness.Pushes;
        var push = kind switch
        {
            "envelope not XML" => p.Encrypted(p.Text(OpenId, "1", "x")).WithBody("not xml"),
            "envelope without Encrypt" => p.Encrypted(p.Text(OpenId, "1", "x")).WithBody(p.Text(OpenId, "1", "x")),
            "XXE in the envelope" => p.Encrypted(p.Text(OpenId, "1", "x")).WithBody(Xxe),
            "XXE inside the encrypted message" => p.Encrypted(Xxe),
            "billion laughs inside the encrypted message" => p.Encrypted(BillionLaughs),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await push.SendAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingRecorded(harness, handler);
    }

    /// <summary>The XML with whitespace before its end tag, to exactly <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string PaddedTo(string xml, int bytes) =>
        xml.Replace("</xml>", new string(' ', bytes - System.Text.Encoding.UTF8.GetByteCount(xml)) + "</xml>", StringComparison.Ordinal);

    private static WeChatPush Resign(WeChatPush push, string token) =>
        push.With("signature", WeChatPushBuilder.Signature(token, push.Query["timestamp"], push.Query["nonce"]));

    private static void AssertNothingRecorded(WeChatHarness harness, WeChatRecordingHandler handler)
    {
        Assert.Equal(0, handler.Calls);
        using var db = harness.OpenDatabase();
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM outbound_messages"));
        Assert.Empty(harness.Fake.Requests);
    }
}
