using System.Text.Json;
using System.Xml.Linq;
using Alerts.Channels.WeChat;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// A person on WeChat: each message is a signed plaintext push to POST /wechat with a fresh MsgId. WeChat takes one
/// passive message per push, so the first part of the answer comes back in the HTTP reply and the rest through the
/// customer-service API (the fake): the replies are both, in order, once every part has reached the fake.
/// </summary>
public sealed class WeChatConversation(ConversationApp app, string openid) : Conversation(openid)
{
    private string _lastXml = "";

    public override Via Via => Via.WeChat;

    protected override async Task<IReadOnlyList<string>> SendTextAsync(string text)
    {
        var msgId = app.Pushes.NextMsgId();
        LastMessageId = $"{Address}:{msgId}";
        _lastXml = app.Pushes.Text(Address, msgId, text, app.Clock.GetUtcNow().ToUnixTimeSeconds());
        return await DeliverAsync(_lastXml, first: true);
    }

    protected override async Task<IReadOnlyList<string>> SendEventAsync(string name, string? key)
    {
        var fields = key is null ? "" : $"<EventKey><![CDATA[{key}]]></EventKey>";
        var now = app.Clock.GetUtcNow().ToUnixTimeSeconds();
        LastMessageId = $"{Address}:{now}:{name.ToLowerInvariant()}:{key}";
        _lastXml = app.Pushes.Event(Address, name, fields, now);
        return await DeliverAsync(_lastXml, first: true);
    }

    protected override Task<IReadOnlyList<string>> ResendLastAsync() => DeliverAsync(_lastXml, first: false);

    // A redelivery gets the passive part again; the parts that went through the API are not sent twice.
    protected override IReadOnlyList<string> ExpectedOnRetry(IReadOnlyList<string> first) => first.Take(1).ToList();

    private async Task<IReadOnlyList<string>> DeliverAsync(string xml, bool first)
    {
        using var response = await app.Pushes.Plain(xml, app.Clock.GetUtcNow()).SendAsync(app.Client);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        var passive = body == WeChatReply.Success ? null : (string?)XElement.Parse(body).Element("Content");
        var (expectedPassive, overflow) = WeChatReplyWriter.Plan(StoredReply());
        Assert.Equal(expectedPassive, passive);
        if (passive is null) return [];
        if (!first)
        {
            AssertOverflowSentOnce(overflow.Count);
            return [passive];
        }
        return [passive, .. await OverflowAsync(overflow.Count)];
    }

    private IReadOnlyList<string> StoredReply()
    {
        using var db = app.OpenDatabase();
        var json = db.QuerySingle<string?>(
            "SELECT reply FROM inbound_messages WHERE channel = 'wechat' AND provider_message_id = @Id", new { Id = LastMessageId });
        return json is null ? [] : JsonSerializer.Deserialize<List<string>>(json)!;
    }

    /// <summary>The parts after the first, as the Host recorded sending them and as the fake received them.</summary>
    private async Task<IReadOnlyList<string>> OverflowAsync(int count)
    {
        if (count == 0) return [];
        var keys = Enumerable.Range(1, count).Select(i => $"reply:wechat:{LastMessageId}:{i}").ToArray();
        var sent = await ConversationApp.EventuallyAsync(() => SentTexts(keys), texts => texts.Count == count);
        Assert.True(sent.Count == count, $"Only {sent.Count} of {count} overflow parts were sent to WeChat.");
        var received = app.WeChat.Messages.Deliveries.Where(d => d.OpenId == Address).Select(d => WeChatCustomText.Of(d.Body)).ToList();
        Assert.All(sent, text => Assert.Contains(text, received));
        return sent;
    }

    private void AssertOverflowSentOnce(int count)
    {
        using var db = app.OpenDatabase();
        var rows = db.ExecuteScalar<int>("SELECT COUNT(*) FROM outbound_messages WHERE idempotency_key LIKE @Key",
            new { Key = $"reply:wechat:{LastMessageId}:%" });
        Assert.Equal(count, rows);
    }

    private List<string> SentTexts(string[] keys)
    {
        using var db = app.OpenDatabase();
        var rows = db.Query<(string Key, string Text)>(
            "SELECT idempotency_key, text FROM outbound_messages WHERE state = 'sent' AND idempotency_key IN @Keys", new { Keys = keys })
            .ToDictionary(r => r.Key, r => r.Text);
        return keys.Where(rows.ContainsKey).Select(k => rows[k]).ToList();
    }
}
