namespace Alerts.Fakes.WeChat;

/// <summary>
/// Accepted messages. Template sends honour client_msg_id: the same openid + id within 10 minutes is accepted once
/// and answered with the first msgid (wechat.md §7).
/// </summary>
public sealed class FakeWeChatMessages(TimeProvider time)
{
    private static readonly TimeSpan DedupWindow = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly List<FakeWeChatDelivery> _deliveries = [];
    private readonly Dictionary<(string OpenId, string ClientMsgId), FakeWeChatDelivery> _byClientMsgId = [];
    private long _nextMsgId = 1_000_000;

    /// <summary>Raised once per newly accepted message (not for a client_msg_id repeat), outside the lock.</summary>
    public event Action<FakeWeChatDelivery>? Accepted;

    public IReadOnlyList<FakeWeChatDelivery> Deliveries
    {
        get { lock (_gate) { return [.. _deliveries]; } }
    }

    public int CountFor(string openId)
    {
        lock (_gate)
        {
            return _deliveries.Count(d => d.OpenId == openId);
        }
    }

    /// <summary>Accepts a message and returns its msgid; a repeat within the window returns the first one.</summary>
    public string Accept(string path, string openId, string? clientMsgId, string body)
    {
        var (msgId, fresh) = Record(path, openId, clientMsgId, body);
        if (fresh is not null) Accepted?.Invoke(fresh);
        return msgId;
    }

    private (string MsgId, FakeWeChatDelivery? Fresh) Record(string path, string openId, string? clientMsgId, string body)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (clientMsgId is { Length: > 0 } &&
                _byClientMsgId.TryGetValue((openId, clientMsgId), out var first) && now - first.At < DedupWindow)
            {
                return (first.MsgId, null);
            }

            var delivery = new FakeWeChatDelivery(path, openId, (_nextMsgId++).ToString(), body, now);
            _deliveries.Add(delivery);
            if (clientMsgId is { Length: > 0 })
            {
                _byClientMsgId[(openId, clientMsgId)] = delivery;
            }

            return (delivery.MsgId, delivery);
        }
    }
}
