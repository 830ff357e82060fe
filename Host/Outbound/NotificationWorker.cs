using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Workers;

namespace Alerts.Host.Outbound;

/// <summary>
/// Sends what the bot wrote for people other than the sender (a grid worker told of a report, a reporter told of the
/// outcome) on the person's channels in <see cref="ChannelChoice"/>'s order, the next when one cannot reach them.
/// State is in the notifications table, so a restart picks up where it stopped; the outbound log's idempotency key
/// makes a resend after a crash report the first send instead of sending again.
/// </summary>
internal sealed class NotificationWorker(NotificationStore store, OutboundMessenger messenger, TimeProvider time,
    ILogger<NotificationWorker> logger) : PollingWorker(time, logger)
{
    private const int Batch = 50;
    private const int MaxAttempts = 5;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RetryBase = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryMax = TimeSpan.FromMinutes(10);

    protected override TimeSpan Poll => TimeSpan.FromSeconds(1);

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct)
    {
        var due = await store.ClaimAsync(Batch, Lease, ct);
        foreach (var n in due) await SendAsync(n, ct);
        return due.Count == Batch;
    }

    private async Task SendAsync(NotificationRow n, CancellationToken ct)
    {
        SendResult? result = null;
        string? channel = null;
        var reach = Reach.Of(n.WechatOpenid, n.WechatUnfollowed, n.Phone, smsOptedOut: false);
        foreach (var route in ChannelChoice.Routes(reach, n.OnlyChannel))
        {
            channel = route;
            var kind = ChannelNames.FromKey(route);
            var address = kind == ChannelKind.WeChat ? n.WechatOpenid! : n.Phone!;
            result = await messenger.SendAsync(MessageOf(n, kind, address, route), ct);
            if (result.Outcome != SendOutcome.Unreachable) break;
        }

        var (state, retryAt) = result?.Outcome switch
        {
            null => ("failed", (DateTimeOffset?)null),
            SendOutcome.Sent or SendOutcome.Unknown => ("sent", null),
            SendOutcome.Retryable when n.Attempts < MaxAttempts =>
                ("pending", Time.GetUtcNow() + Backoff.Delay(n.Attempts, RetryBase, RetryMax, result.RetryAfter, Random.Shared.NextDouble())),
            _ => ("failed", null),
        };
        await store.FinishAsync(n.Id, state, channel, result is null ? "no channel" : result.Code, retryAt, ct);
    }

    /// <summary>The notice as one channel sends it: its text, and for a code the values a template provider needs.</summary>
    private static OutboundMessage MessageOf(NotificationRow n, ChannelKind kind, string address, string route)
    {
        var purpose = MessagePurposes.FromKey(n.Purpose);
        var data = n.TemplateData is { } json
            ? System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json) : null;
        return new OutboundMessage(kind, address, n.Text, $"notification:{n.Id}:{route}")
        {
            Purpose = purpose == MessagePurpose.Code ? MessagePurpose.Code : MessagePurpose.Notice,
            // Only an SMS template provider reads these; on WeChat a template would be a template message.
            Template = data is null || kind != ChannelKind.Sms ? null : new MessageTemplate(n.Purpose, data),
        };
    }
}
