using System.Text;
using Alerts.Channels.WeChat;
using static Alerts.Channels.Tests.WeChat.WeChatPushes;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatReplyTests
{
    private const string TextFields = "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>1</MsgId>";

    [Fact]
    public void A_plain_reply_goes_to_the_sender_from_our_account_with_the_text()
    {
        var webhook = Webhook(PlainOptions());
        var (query, body) = Plain(Xml(TextFields));
        var opened = webhook.Open(query, body, Now);

        var reply = webhook.WriteReply(opened, ["暴雨红色预警：请立即转移到安置点。"]);

        Assert.True(WeChatXml.TryParse(reply.Body, out var fields));
        Assert.Equal(OpenId, fields["ToUserName"]);
        Assert.Equal(OurId, fields["FromUserName"]);
        Assert.Equal(Now.ToUnixTimeSeconds().ToString(), fields["CreateTime"]);
        Assert.Equal("text", fields["MsgType"]);
        Assert.Equal("暴雨红色预警：请立即转移到安置点。", fields["Content"]);
        Assert.Empty(reply.Overflow);
    }

    [Fact]
    public void An_encrypted_push_gets_an_encrypted_reply_that_decrypts_and_verifies()
    {
        var webhook = Webhook(SafeOptions());
        var (query, body) = Encrypted(Xml(TextFields));
        var opened = webhook.Open(query, body, Now);

        var reply = webhook.WriteReply(opened, ["收到，a]]>b"]);

        Assert.True(WeChatXml.TryParse(reply.Body, out var envelope));
        Assert.Equal(Timestamp(), envelope["TimeStamp"]);
        Assert.Equal(Nonce, envelope["Nonce"]);
        Assert.True(WeChatSignature.VerifyMessage(Token, envelope["TimeStamp"], envelope["Nonce"], envelope["Encrypt"],
            envelope["MsgSignature"]));
        Assert.True(new WeChatCrypto(WeChatCryptoTests.Key, WeChatCryptoTests.AppId).TryDecrypt(envelope["Encrypt"], out var xml));
        Assert.True(WeChatXml.TryParse(xml, out var fields));
        Assert.Equal(OpenId, fields["ToUserName"]);
        Assert.Equal(OurId, fields["FromUserName"]);
        Assert.Equal("收到，a]]>b", fields["Content"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nothing_to_say_is_answered_with_success(bool encrypted)
    {
        var webhook = Webhook(encrypted ? SafeOptions() : PlainOptions());
        var (query, body) = encrypted ? Encrypted(Xml(TextFields)) : Plain(Xml(TextFields));

        var reply = webhook.WriteReply(webhook.Open(query, body, Now), []);

        Assert.Equal("success", reply.Body);
        Assert.Empty(reply.Overflow);
    }

    [Fact]
    public void Only_an_ok_push_can_be_answered() =>
        Assert.Throws<ArgumentException>(() =>
            Webhook(PlainOptions()).WriteReply(WeChatOpenResult.Forbidden("test"), ["x"]));

    [Fact]
    public void Long_and_further_texts_overflow_to_the_customer_service_api()
    {
        var webhook = Webhook(PlainOptions());
        var (query, body) = Plain(Xml(TextFields));
        var longText = string.Concat(Enumerable.Repeat("山洪预警，请沿高处撤离。", 100)); // 1200 chars, 3600 bytes

        var reply = webhook.WriteReply(webhook.Open(query, body, Now), [longText, "第二条"]);

        Assert.True(WeChatXml.TryParse(reply.Body, out var fields));
        var passive = fields["Content"];
        Assert.InRange(Encoding.UTF8.GetByteCount(passive), 1, WeChatTextSplitter.MaxBytes);
        Assert.Equal(longText, passive + string.Concat(reply.Overflow.SkipLast(1)));
        Assert.Equal("第二条", reply.Overflow[^1]);
        Assert.EndsWith("。", passive); // split at a sentence end, not mid-sentence
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("short", 1)]
    [InlineData("aaaaaaaaaa", 3)]
    [InlineData("🌧🌧🌧🌧🌧", 5)]
    [InlineData("暴雨暴雨暴雨", 4)]
    public void The_splitter_keeps_every_part_within_the_limit_and_never_splits_a_character(string text, int maxBytes)
    {
        var parts = WeChatTextSplitter.Split(text, maxBytes);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= Math.Max(maxBytes, 4)));
        Assert.All(parts, p => Assert.False(p.Length > 0 && char.IsHighSurrogate(p[^1])));
    }
}
