using System.Net;
using Alerts.Channels.Messages;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.WeChat;

/// <summary>
/// WeChat redelivers a push it got no answer to, with the same MsgId (wechat.md §4). A redelivery is never handled
/// twice and gets the first answer, whether it comes later, at the same time, or after a restart.
/// </summary>
public sealed class WeChatRetryTests
{
    private const string OpenId = "oRetried000000000000000000001";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheSameMsgIdDeliveredTwiceIsHandledOnceAndBothGetTheSameReply(bool safeMode)
    {
        await using var harness = await WeChatHarness.StartAsync(safeMode);
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var xml = harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "房子裂了");

        var first = await ReplyContentAsync(harness, client, xml, safeMode);
        var second = await ReplyContentAsync(harness, client, xml, safeMode);

        Assert.Contains("这里是灾害预警与救助服务", first);
        Assert.Equal(first, second);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task TheSameMsgIdDeliveredConcurrentlyIsHandledOnceAndEveryDeliveryGetsTheSameReply()
    {
        await using var harness = await WeChatHarness.StartAsync();
        // Slow enough that the deliveries overlap, well inside the 3 s passive budget.
        var handler = new WeChatRecordingHandler(TimeSpan.FromMilliseconds(500), _ => OutboundReply.Of("同一个答复"));
        using var client = harness.Start(handler);
        var push = harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "房子裂了"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await push.SendAsync(client);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Equal(1, handler.Calls);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.Contains("同一个答复", r.Body));
        Assert.Single(responses.Select(r => StripCreateTime(r.Body)).Distinct());
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task TheSameMsgIdDeliveredAgainAfterARestartGetsTheSameReplyAndIsNotHandledAgain()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        var xml = harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "路断了");
        using (var before = harness.Start(handler))
        {
            Assert.Contains("这里是灾害预警与救助服务", await ReplyContentAsync(harness, before, xml, safeMode: false));
        }

        await harness.StopHostsAsync();
        using var after = harness.Start(handler);
        var again = await ReplyContentAsync(harness, after, xml, safeMode: false);

        Assert.Contains("这里是灾害预警与救助服务", again);
        Assert.Equal(1, handler.Calls);
        using var db = harness.OpenDatabase();
        Assert.Equal(1, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }

    [Fact]
    public async Task EventsAreDeduplicatedByOpenIdCreateTimeAndEventButDistinctReceiptsAreNot()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var p = harness.Pushes;
        var createTime = WeChatPushBuilder.UnixNow();
        var click = p.Event(OpenId, "CLICK", "<EventKey><![CDATA[REPORT]]></EventKey>", createTime);

        await p.Plain(click).SendAsync(client);
        await p.Plain(click).SendAsync(client);
        await p.Plain(p.Event(OpenId, "CLICK", "<EventKey><![CDATA[MAP]]></EventKey>", createTime)).SendAsync(client);

        Assert.Equal(["REPORT", "MAP"], handler.Messages.Select(m => m.EventKey));
    }

    [Fact]
    public async Task ARedeliveryOfASlowMessageWhoseReplyWentThroughTheApiIsAnsweredWithSuccessAndNotSentTwice()
    {
        await using var harness = await WeChatHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["WeChat:PassiveReplyBudget"] = "00:00:00.200",
        });
        var handler = new WeChatRecordingHandler(TimeSpan.FromMilliseconds(800), _ => OutboundReply.Of("稍后的答复"));
        using var client = harness.Start(handler);
        var push = harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "有人被困"));

        var first = await (await push.SendAsync(client)).Content.ReadAsStringAsync();
        var during = await (await push.SendAsync(client)).Content.ReadAsStringAsync();
        var sent = await WeChatHarness.EventuallyAsync(() => harness.Fake.Messages.Deliveries, d => d.Count >= 1);
        var after = await (await push.SendAsync(client)).Content.ReadAsStringAsync();
        await harness.StopHostsAsync();

        Assert.Equal(["success", "success", "success"], new[] { first, during, after });
        Assert.Equal(1, handler.Calls);
        Assert.Equal("稍后的答复", WeChatCustomText.Of(Assert.Single(sent).Body));
        Assert.Single(harness.Fake.Messages.Deliveries);
    }

    [Fact]
    public async Task ARedeliveryWhileTheOverflowOfALongReplyIsStillBeingSentDoesNotSendItTwice()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var parts = new[] { "第一部分。", "第二部分。" };
        var handler = new WeChatRecordingHandler(reply: _ => new OutboundReply(parts));
        using var client = harness.Start(handler);
        harness.Fake.Enqueue(FakeWeChatFault.Slow(1000));
        var push = harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "怎么办"));

        var first = await (await push.SendAsync(client)).Content.ReadAsStringAsync();
        var second = await (await push.SendAsync(client)).Content.ReadAsStringAsync();
        await harness.StopHostsAsync();

        Assert.Contains("第一部分。", first);
        Assert.Equal(StripCreateTime(first), StripCreateTime(second));
        var sent = Assert.Single(harness.Fake.Messages.Deliveries);
        Assert.Equal("第二部分。", WeChatCustomText.Of(sent.Body));
        Assert.Single(harness.Fake.RequestsTo("/cgi-bin/message/custom/send"));
    }

    private static async Task<string> ReplyContentAsync(WeChatHarness harness, HttpClient client, string xml, bool safeMode)
    {
        var push = safeMode ? harness.Pushes.Encrypted(xml) : harness.Pushes.Plain(xml);
        using var response = await push.SendAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Xml.Linq.XElement.Parse(await response.Content.ReadAsStringAsync());
        var reply = safeMode ? System.Xml.Linq.XElement.Parse(harness.Pushes.Decrypt((string)body.Element("Encrypt")!)) : body;
        return (string)reply.Element("Content")!;
    }

    private static string StripCreateTime(string xml) =>
        System.Text.RegularExpressions.Regex.Replace(xml, "<CreateTime>\\d+</CreateTime>", "");
}
