using Alerts.Channels.Messages;
using Alerts.Store.Notifications;

namespace Alerts.Host.Outbound;

/// <summary>
/// Sends what the bot wrote for people other than the sender (a grid worker told of a report, a reporter told of the
/// outcome): WeChat while the person follows the account, SMS when WeChat cannot reach them. State is in the
/// notifications table, so a restart picks up where it stopped; the outbound log's idempotency key makes a resend
/// after a crash report the first send instead of sending again.
/// </summary>
internal sealed class NotificationWorker(NotificationStore store, OutboundMessenger messenger, TimeProvider time,
    ILogger<NotificationWorker> logger) : PollingWorker(Poll, time, logger)
{
    private const int Batch = 50;
    private const int MaxAttempts = 5;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        var due = await store.ClaimAsync(Batch, Lease, ct);
        foreach (var n in due) await SendAsync(n, ct);
        return due.Count == Batch;
    }

    private async Task SendAsync(NotificationRow n, CancellationToken ct)
    {
        SendResult? result = null;
        string? channel = null;
        foreach (var (kind, address) in Routes(n))
        {
            channel = kind.Key();
            result = await messenger.SendAsync(new OutboundMessage(kind, address, n.Text, $"notification:{n.Id}:{channel}"), "notice", ct);
            if (result.Outcome != SendOutcome.Unreachable) break;
        }
        var (state, retryAt) = result?.Outcome switch
        {
            null => ("failed", (DateTimeOffset?)null),
            SendOutcome.Sent or SendOutcome.Unknown => ("sent", null),
            SendOutcome.Retryable when n.Attempts < MaxAttempts => ("pending", Time.GetUtcNow() + Backoff(n.Attempts)),
            _ => ("failed", null),
        };
        await store.FinishAsync(n.Id, state, channel, result is null ? "no channel" : result.Code, retryAt, ct);
    }

    /// <summary>WeChat first while they follow us, then SMS; nothing when neither is known. A notification bound to
    /// one channel (a code for a registered phone, a roster entry) goes on that channel only.</summary>
    private static IEnumerable<(ChannelKind Kind, string Address)> Routes(NotificationRow n)
    {
        if (n.OnlyChannel is null or "wechat" && n.WechatOpenid is { } openid && !n.WechatUnfollowed) yield return (ChannelKind.WeChat, openid);
        if (n.OnlyChannel is null or "sms" && n.Phone is { } phone) yield return (ChannelKind.Sms, phone);
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(3, attempts)));
}
