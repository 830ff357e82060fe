using Alerts.Channels.Messages;
using Alerts.Channels.WeChat;
using static Alerts.Channels.Tests.WeChat.WeChatPushes;

namespace Alerts.Channels.Tests.WeChat;

/// <summary>Every message and event type, through the whole webhook, in plaintext and in safe mode.</summary>
public sealed class WeChatWebhookInboundTests
{
    private static readonly DateTimeOffset Sent = DateTimeOffset.FromUnixTimeSeconds(CreateTime);

    private static InboundMessage Message(string id, InboundKind kind, string? text = null) =>
        new(ChannelKind.WeChat, OpenId, $"{OpenId}:{id}", kind, text, Sent);

    private static InboundMessage Event(string name, string discriminator, string? key = null) =>
        new(ChannelKind.WeChat, OpenId, $"{OpenId}:{CreateTime}:{name}:{discriminator}", InboundKind.Event, null, Sent,
            EventName: name, EventKey: key);

    private static readonly (string Fields, InboundMessage Expected)[] Cases =
    [
        ("<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[村口桥被冲垮了]]></Content><MsgId>24000000000000001</MsgId>",
            Message("24000000000000001", InboundKind.Text, "村口桥被冲垮了")),
        ("<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[media-v]]></MediaId><Format><![CDATA[amr]]></Format>" +
         "<Recognition><![CDATA[水涨到膝盖了]]></Recognition><MsgId>24000000000000002</MsgId>",
            Message("24000000000000002", InboundKind.Voice, "水涨到膝盖了") with { MediaId = "media-v" }),
        ("<MsgType><![CDATA[location]]></MsgType><Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y>" +
         "<Scale>20</Scale><Label><![CDATA[广东省广州市]]></Label><MsgId>24000000000000003</MsgId>",
            Message("24000000000000003", InboundKind.Location) with
            {
                Location = new GeoPoint(23.134521, 113.358803, "广东省广州市"),
            }),
        ("<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz.qpic.cn/x]]></PicUrl>" +
         "<MediaId><![CDATA[media-i]]></MediaId><MsgId>24000000000000004</MsgId>",
            Message("24000000000000004", InboundKind.Image) with { MediaId = "media-i", Url = "http://mmbiz.qpic.cn/x" }),
        ("<MsgType><![CDATA[link]]></MsgType><Title><![CDATA[防汛通知]]></Title><Description><![CDATA[d]]></Description>" +
         "<Url><![CDATA[https://example.org/a]]></Url><MsgId>24000000000000005</MsgId>",
            Message("24000000000000005", InboundKind.Link, "防汛通知") with { Url = "https://example.org/a" }),
        ("<MsgType><![CDATA[shortvideo]]></MsgType><MediaId><![CDATA[media-s]]></MediaId>" +
         "<ThumbMediaId><![CDATA[t]]></ThumbMediaId><MsgId>24000000000000006</MsgId>",
            Message("24000000000000006", InboundKind.Other) with { MediaId = "media-s" }),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>" +
         "<EventKey><![CDATA[qrscene_village42]]></EventKey><Ticket><![CDATA[tk]]></Ticket>",
            Event("subscribe", "village42", "village42")),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[]]></EventKey>",
            Event("subscribe", "")),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event><EventKey><![CDATA[]]></EventKey>",
            Event("unsubscribe", "")),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[village42]]></EventKey>" +
         "<Ticket><![CDATA[tk]]></Ticket>",
            Event("scan", "village42", "village42")),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[LOCATION]]></Event><Latitude>23.137466</Latitude>" +
         "<Longitude>113.352425</Longitude><Precision>119.385040</Precision>",
            Event("location", "") with { Location = new GeoPoint(23.137466, 113.352425) }),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[REPORT_DANGER]]></EventKey>",
            Event("click", "REPORT_DANGER", "REPORT_DANGER")),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[VIEW]]></Event>" +
         "<EventKey><![CDATA[https://example.org/map]]></EventKey><MenuId>41</MenuId>",
            Event("view", "https://example.org/map", "https://example.org/map")),
        ("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>200163836</MsgID>" +
         "<Status><![CDATA[failed:user block]]></Status>",
            Event("templatesendjobfinish", "200163836", "failed:user block")),
    ];

    public static TheoryData<int, bool> EveryCaseInBothModes()
    {
        var data = new TheoryData<int, bool>();
        for (var i = 0; i < Cases.Length; i++)
        {
            data.Add(i, false);
            data.Add(i, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCaseInBothModes))]
    public void Each_push_type_becomes_the_expected_inbound_message(int index, bool encrypted)
    {
        var (fields, expected) = Cases[index];
        var webhook = Webhook(encrypted ? SafeOptions() : PlainOptions());
        var (query, body) = encrypted ? Encrypted(Xml(fields)) : Plain(Xml(fields));

        var opened = webhook.Open(query, body, Now);

        Assert.Equal(WeChatOpenStatus.Ok, opened.Status);
        Assert.Equal(expected, opened.Message);
        Assert.Equal(encrypted, opened.IsEncrypted);
        Assert.Equal(OurId, opened.OurOriginalId);
        Assert.Equal(Nonce, opened.Nonce);
    }

    [Fact]
    public void The_url_check_echoes_echostr_only_for_a_correct_signature()
    {
        var webhook = Webhook(new WeChatOptions { Token = "AAAAA" });

        Assert.Equal("echo-1", webhook.VerifyUrl("f464b24fc39322e44b38aa78f5edd27bd1441696", "1714036504", "1514711492", "echo-1"));
        Assert.Null(webhook.VerifyUrl("f464b24fc39322e44b38aa78f5edd27bd1441697", "1714036504", "1514711492", "echo-1"));
        Assert.Null(webhook.VerifyUrl(null, "1714036504", "1514711492", "echo-1"));
    }

    [Fact]
    public void Two_users_with_the_same_msg_id_get_different_provider_ids()
    {
        var fields = "<MsgType>text</MsgType><Content>hi</Content><MsgId>1</MsgId>";
        var first = WeChatInboundParser.Parse(new Dictionary<string, string>
        {
            ["FromUserName"] = "a", ["MsgType"] = "text", ["CreateTime"] = "1", ["Content"] = "hi", ["MsgId"] = "1",
        });
        var second = Webhook(PlainOptions()).Open(Plain(Xml(fields)).Query, Plain(Xml(fields)).Body, Now);

        Assert.NotEqual(first.Message!.ProviderMessageId, second.Message!.ProviderMessageId);
    }
}
