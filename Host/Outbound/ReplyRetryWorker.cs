using Alerts.Channels.Messages;
using Alerts.Store.Outbound;
using Alerts.Store.Workers;

namespace Alerts.Host.Outbound;

/// <summary>
/// Sends again the replies a provider refused for now (WeChat -1 busy or 45011 per-minute limit, an SMS provider's
/// 429, our own send queue full), at the time <see cref="OutboundMessenger"/> scheduled, until they go or run out of
/// attempts. Without it, a person who wrote during a surge would never get the answer the bot gave them.
/// </summary>
internal sealed class ReplyRetryWorker(OutboundMessageStore store, OutboundMessenger messenger, TimeProvider time,
    ILogger<ReplyRetryWorker> logger) : PollingWorker(time, logger)
{
    private const int Batch = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override TimeSpan Poll => TimeSpan.FromSeconds(2);

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct)
    {
        var due = await store.ClaimRetriesAsync("reply", Batch, Lease, ct);
        foreach (var row in due)
            await messenger.SendAsync(new OutboundMessage(ChannelNames.FromKey(row.Channel), row.Address, row.Text,
                row.IdempotencyKey) { Purpose = MessagePurposes.FromKey(row.Purpose) }, ct);
        return due.Count == Batch;
    }
}
