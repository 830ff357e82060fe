using System.Xml.Linq;
using Alerts.Channels.Messages;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.WeChat;

/// <summary>Follows, unfollows and template delivery receipts through POST /wechat (wechat.md §3).</summary>
public sealed class WeChatEventTests
{
    private const string Welcome = "您好，这里是灾害预警与救助服务";

    [Fact]
    public async Task AFollowFromAVillageQrCodePassesTheSceneWithoutItsPrefixAndIsWelcomed()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        var xml = harness.Pushes.Event("oNewcomer00000000000000000001", "subscribe",
            "<EventKey><![CDATA[qrscene_500112101001]]></EventKey><Ticket><![CDATA[gQH47joAAAAAAAAAASxodHRwOi8v]]></Ticket>");

        var response = await harness.Pushes.Plain(xml).SendAsync(client);

        var reply = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(Welcome, (string?)reply.Element("Content"));
        Assert.Equal("oNewcomer00000000000000000001", (string?)reply.Element("ToUserName"));
        var message = Assert.Single(handler.Messages);
        Assert.Equal((InboundKind.Event, "subscribe", "500112101001"), (message.Kind, message.EventName, message.EventKey));
    }

    [Fact]
    public async Task AnUnfollowMarksThePersonUnreachableOnWeChatAndAFollowUndoesIt()
    {
        await using var harness = await WeChatHarness.StartAsync();
        var handler = new WeChatRecordingHandler();
        using var client = harness.Start(handler);
        using var db = harness.OpenDatabase();
        var openId = db.QueryFirst<string>("SELECT wechat_openid FROM people WHERE wechat_openid IS NOT NULL ORDER BY id");
        var time = WeChatPushBuilder.UnixNow();

        var unfollow = await harness.Pushes.Plain(harness.Pushes.Event(openId, "unsubscribe", createTime: time)).SendAsync(client);

        Assert.Equal("success", await unfollow.Content.ReadAsStringAsync());
        Assert.NotNull(UnfollowedUtc(db, openId));
        Assert.Empty(handler.Messages);
        Assert.Equal(1, db.ExecuteScalar<int>("SELECT COUNT(*) FROM people WHERE wechat_unfollowed_utc IS NOT NULL"));

        var follow = await harness.Pushes.Plain(harness.Pushes.Event(openId, "subscribe", createTime: time + 1)).SendAsync(client);

        Assert.Contains(Welcome, await follow.Content.ReadAsStringAsync());
        Assert.Null(UnfollowedUtc(db, openId));
        Assert.Null(Assert.Single(handler.Messages).EventKey);
    }

    [Theory]
    [InlineData("success", "delivered", null)]
    [InlineData("failed:user block", "unreachable", "failed:user block")]
    public async Task ATemplateReceiptForARecordedMsgIdSetsItsState(string status, string state, string? errorCode)
    {
        await using var harness = await WeChatHarness.StartAsync();
        using var client = harness.Start();
        using var db = harness.OpenDatabase();
        var openId = db.QueryFirst<string>("SELECT wechat_openid FROM people WHERE wechat_openid IS NOT NULL ORDER BY id");
        InsertSentTemplate(db, openId, "200228332", "warning:1:1");
        InsertSentTemplate(db, openId, "200228333", "warning:2:1");

        var response = await harness.Pushes.Plain(Receipt(harness, openId, "200228332", status)).SendAsync(client);

        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var rows = db.Query<(string ProviderMessageId, string State, string? ProviderStatus, string? ErrorCode)>(
            "SELECT provider_message_id, state, provider_status, error_code FROM outbound_messages ORDER BY id").ToList();
        Assert.Equal(("200228332", state, status, errorCode), rows[0]);
        Assert.Equal(("200228333", "sent", null, null), rows[1]);
    }

    [Fact]
    public async Task AReceiptRepeatedOrForAnUnknownMsgIdChangesNothingElse()
    {
        await using var harness = await WeChatHarness.StartAsync();
        using var client = harness.Start();
        using var db = harness.OpenDatabase();
        var openId = db.QueryFirst<string>("SELECT wechat_openid FROM people WHERE wechat_openid IS NOT NULL ORDER BY id");
        InsertSentTemplate(db, openId, "200228332", "warning:1:1");

        var time = WeChatPushBuilder.UnixNow();
        var receipt = harness.Pushes.Plain(Receipt(harness, openId, "200228332", "success", time));
        await receipt.SendAsync(client);
        await receipt.SendAsync(client);
        var unknown = await harness.Pushes.Plain(Receipt(harness, openId, "999", "success", time)).SendAsync(client);
        // A late failure for a message already delivered must not move it backwards.
        await harness.Pushes.Plain(Receipt(harness, openId, "200228332", "failed: system failed", time + 1)).SendAsync(client);

        Assert.Equal("success", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(("delivered", "success"), db.QuerySingle<(string, string)>("SELECT state, provider_status FROM outbound_messages"));
    }

    private static string Receipt(WeChatHarness harness, string openId, string msgId, string status, long? createTime = null) =>
        harness.Pushes.Event(openId, "TEMPLATESENDJOBFINISH", $"<MsgID>{msgId}</MsgID><Status><![CDATA[{status}]]></Status>",
            createTime);

    private static string? UnfollowedUtc(Microsoft.Data.Sqlite.SqliteConnection db, string openId) =>
        db.QuerySingle<string?>("SELECT wechat_unfollowed_utc FROM people WHERE wechat_openid = @openId", new { openId });

    private static void InsertSentTemplate(Microsoft.Data.Sqlite.SqliteConnection db, string openId, string msgId, string key) =>
        db.Execute("""
            INSERT INTO outbound_messages (channel, address, text, idempotency_key, purpose, state, provider_message_id,
                                           created_utc, updated_utc)
            VALUES ('wechat', @openId, '暴雨红色预警', @key, 'warning', 'sent', @msgId, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
            """, new { openId, msgId, key });
}
