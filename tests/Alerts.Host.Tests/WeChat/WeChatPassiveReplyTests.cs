using System.Net;
using System.Text;
using System.Xml.Linq;
using Alerts.Channels.Messages;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.WeChat;

/// <summary>POST /wechat answered within the budget: a passive reply in the HTTP answer (wechat.md §2 and §4).</summary>
public sealed class WeChatPassiveReplyTests
{
    private const string OpenId = "oPassive0000000000000000001";
    // Whoever writes first is greeted by the bot (the privacy notice of enrolment), whatever they wrote.
    private const string Acknowledgement = "这里是灾害预警与救助服务";

    [Fact]
    public async Task ASignedPlainTextMessageGetsAPassiveXmlReplyWithTheAddressesSwapped()
    {
        await using var harness = await WeChatHarness.StartAsync();
        using var client = harness.Start();
        var msgId = harness.Pushes.NextMsgId();
        var before = WeChatPushBuilder.UnixNow();

        var response = await harness.Pushes.Plain(harness.Pushes.Text(OpenId, msgId, "山体滑坡了")).SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var reply = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(OpenId, (string?)reply.Element("ToUserName"));
        Assert.Equal(WeChatHarness.OurId, (string?)reply.Element("FromUserName"));
        Assert.Equal("text", (string?)reply.Element("MsgType"));
        Assert.Contains(Acknowledgement, (string?)reply.Element("Content"));
        Assert.InRange((long)reply.Element("CreateTime")!, before, WeChatPushBuilder.UnixNow());

        using var db = harness.OpenDatabase();
        var row = db.QuerySingle<(string ReplyVia, string Text)>(
            "SELECT reply_via, text FROM inbound_messages WHERE provider_message_id = @Id", new { Id = $"{OpenId}:{msgId}" });
        Assert.Equal(("passive", "山体滑坡了"), row);
    }

    [Fact]
    public async Task AnEncryptedMessageGetsAnEncryptedEnvelopeThatDecryptsToTheReplyAndWhoseSignatureVerifies()
    {
        await using var harness = await WeChatHarness.StartAsync(safeMode: true);
        using var client = harness.Start();

        var response = await harness.Pushes.Encrypted(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "水位上涨"), nonce: "486452656")
            .SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var envelope = XElement.Parse(await response.Content.ReadAsStringAsync());
        var encrypt = (string)envelope.Element("Encrypt")!;
        var timestamp = (string)envelope.Element("TimeStamp")!;
        var nonce = (string)envelope.Element("Nonce")!;
        Assert.Equal("486452656", nonce);
        Assert.Equal(WeChatPushBuilder.Signature(WeChatHarness.Token, timestamp, nonce, encrypt), (string?)envelope.Element("MsgSignature"));
        Assert.Null(envelope.Element("Content"));

        var reply = XElement.Parse(harness.Pushes.Decrypt(encrypt));
        Assert.Equal(OpenId, (string?)reply.Element("ToUserName"));
        Assert.Equal(WeChatHarness.OurId, (string?)reply.Element("FromUserName"));
        Assert.Contains(Acknowledgement, (string?)reply.Element("Content"));
    }

    [Fact]
    public async Task ACompatibleModePushIsReadFromItsEncryptedPartAndAnsweredEncrypted()
    {
        await using var harness = await WeChatHarness.StartAsync(safeMode: true);
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var msgId = harness.Pushes.NextMsgId();
        var signed = harness.Pushes.Encrypted(harness.Pushes.Text(OpenId, msgId, "真的内容"));
        var encrypt = (string)XElement.Parse(signed.BodyText).Element("Encrypt")!;
        // 兼容模式 sends the plain fields beside Encrypt; only the signed, encrypted part may count.
        var plainFields = harness.Pushes.Text(OpenId, msgId, "明文里的内容");
        var push = signed.WithBody(plainFields.Replace("</xml>", $"<Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>", StringComparison.Ordinal));

        var response = await push.SendAsync(client);

        var envelope = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(Acknowledgement, (string?)XElement.Parse(harness.Pushes.Decrypt((string)envelope.Element("Encrypt")!)).Element("Content"));
        Assert.Equal("真的内容", Assert.Single(handler.Messages).Text);
    }

    [Theory]
    [InlineData("voice", "<MediaId><![CDATA[m1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[你好]]></Recognition>", "你好")]
    [InlineData("location", "<Location_X>29.72</Location_X><Location_Y>106.63</Location_Y><Scale>15</Scale><Label><![CDATA[龙兴镇]]></Label>", null)]
    [InlineData("image", "<PicUrl><![CDATA[http://mmbiz.example/p.jpg]]></PicUrl><MediaId><![CDATA[m2]]></MediaId>", null)]
    [InlineData("link", "<Title><![CDATA[预警]]></Title><Description><![CDATA[d]]></Description><Url><![CDATA[http://a.example/]]></Url>", "预警")]
    public async Task OtherMessageTypesReachTheHandlerAndAreAcknowledgedPassively(string msgType, string fields, string? text)
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var xml = harness.Pushes.Xml(OpenId, msgType, fields + $"<MsgId>{harness.Pushes.NextMsgId()}</MsgId>");

        var response = await harness.Pushes.Plain(xml).SendAsync(client);

        Assert.Contains(Acknowledgement, await response.Content.ReadAsStringAsync());
        var message = Assert.Single(handler.Messages);
        Assert.Equal(ChannelKind.WeChat, message.Channel);
        Assert.Equal(OpenId, message.Address);
        Assert.Equal(text, message.Text);
        Assert.Equal(msgType, message.Kind.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task AnEventWithNothingToSayIsAnsweredWithSuccess()
    {
        await using var harness = await WeChatHarness.StartAsync();
        using var client = harness.Start();
        var xml = harness.Pushes.Event(OpenId, "VIEW", "<EventKey><![CDATA[https://alerts.example/map]]></EventKey>");

        var response = await harness.Pushes.Plain(xml).SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ALongReplyPutsItsFirstPartInThePassiveAnswerAndTheRestThroughTheCustomerServiceApi(bool safeMode)
    {
        await using var harness = await WeChatHarness.StartAsync(safeMode);
        // About 5 KB of UTF-8: three parts of at most 2048 bytes.
        var longText = string.Concat(Enumerable.Range(1, 110).Select(i => $"第{i:D3}条：请立即撤离到安全地点。"));
        Assert.True(Encoding.UTF8.GetByteCount(longText) > 2 * 2048);
        using var client = harness.Start(new WeChatRecordingHandler(reply: _ => OutboundReply.Of(longText)));
        var xml = harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "怎么办");
        var push = safeMode ? harness.Pushes.Encrypted(xml) : harness.Pushes.Plain(xml);

        var response = await push.SendAsync(client);

        var body = XElement.Parse(await response.Content.ReadAsStringAsync());
        var passive = safeMode ? XElement.Parse(harness.Pushes.Decrypt((string)body.Element("Encrypt")!)) : body;
        var first = (string)passive.Element("Content")!;
        Assert.StartsWith("第001条", first);
        Assert.InRange(Encoding.UTF8.GetByteCount(first), 1, 2048);

        var sent = await WeChatHarness.EventuallyAsync(() => harness.Fake.Messages.Deliveries, d => d.Count >= 2);
        Assert.Equal(2, sent.Count);
        var parts = sent.Select(d => WeChatCustomText.Of(d.Body)).ToList();
        Assert.All(sent, d => Assert.Equal(OpenId, d.OpenId));
        Assert.All(parts, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, 2048));
        Assert.Equal(longText, first + string.Concat(parts));
    }
}
