using System.Net;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.WeChat;

/// <summary>
/// A plaintext push's signature covers only (token, timestamp, nonce), not the body (wechat.md §2). Whoever saw one
/// signed URL must not be able to post another body with it; WeChat's own retries, which repeat the body, still get
/// the first answer.
/// </summary>
public sealed class WeChatReplayTests
{
    private const string OpenId = "oReplayed00000000000000000001";
    private const string Victim = "oVictim000000000000000000001";

    [Fact]
    public async Task ASignedUrlPostedAgainWithAnotherBodyIsRefusedWith403AndNothingOfThatBodyIsProcessed()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var p = harness.Pushes;
        var genuine = p.Plain(p.Text(OpenId, p.NextMsgId(), "你好"));
        var forged = genuine.WithBody(p.Text(Victim, p.NextMsgId(), "我不需要帮助了"));

        var first = await genuine.SendAsync(client);
        var replayed = await forged.SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replayed.StatusCode);
        Assert.Equal([OpenId], handler.Messages.Select(m => m.Address));
        using var db = harness.OpenDatabase();
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages WHERE address = @Victim", new { Victim }));
    }

    [Fact]
    public async Task TheSignedUrlOfAPushIsBoundToItsBodyAcrossHostInstancesOnOneDatabase()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var one = harness.Start(handler);
        using var two = harness.Start(handler);
        var p = harness.Pushes;
        var genuine = p.Plain(p.Text(OpenId, p.NextMsgId(), "你好"));

        await genuine.SendAsync(one);
        var replayed = await genuine.WithBody(p.Text(Victim, p.NextMsgId(), "取消")).SendAsync(two);

        Assert.Equal(HttpStatusCode.Forbidden, replayed.StatusCode);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task ARedeliveryWithTheSameSignedUrlAndBodyGetsTheFirstAnswer()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var push = harness.Pushes.Plain(harness.Pushes.Text(OpenId, harness.Pushes.NextMsgId(), "房子裂了"));

        var first = await push.SendAsync(client);
        var again = await push.SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        // The same answer; only its CreateTime is the second's own (it moves on when the second ticks in between).
        Assert.Equal(Answer(await first.Content.ReadAsStringAsync()), Answer(await again.Content.ReadAsStringAsync()));
        Assert.Equal(1, handler.Calls);
    }

    private static string Answer(string xml)
    {
        var reply = System.Xml.Linq.XElement.Parse(xml);
        reply.Element("CreateTime")?.Remove();
        return reply.ToString();
    }

    [Fact]
    public async Task InSafeModeTheSignatureCoversTheBodySoNoSignedUrlIsRecorded()
    {
        await using var harness = await WeChatHarness.StartAsync(safeMode: true);
        using var client = harness.Start();
        var p = harness.Pushes;

        var response = await p.Encrypted(p.Text(OpenId, p.NextMsgId(), "你好")).SendAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var db = harness.OpenDatabase();
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM wechat_seen_pushes"));
    }
}
