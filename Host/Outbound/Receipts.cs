using Alerts.Broadcast.Outbox;
using Alerts.Channels.Messages;
using Alerts.Host.Logging;
using Alerts.Store.Outbound;

namespace Alerts.Host.Outbound;

/// <summary>
/// The one path of every provider's delivery receipt: a reply or notice moves on in the outbound log (only forward by
/// the provider's status rank), a warning's row in the delivery outbox (only on from 'sent'), so late, repeated and
/// out-of-order receipts change nothing.
/// </summary>
internal sealed class Receipts(OutboundMessageStore outbound, DeliveryStore deliveries, ILogger<Receipts> logger)
{
    /// <summary>True when a record moved.</summary>
    public async Task<bool> ApplyAsync(DeliveryReceipt receipt, CancellationToken ct)
    {
        var channel = receipt.Channel.Key();
        var applied = await outbound.ApplyStatusAsync(channel, receipt.ProviderMessageId, receipt.ProviderStatus,
            receipt.Rank, receipt.StateKey, receipt.ErrorCode, ct);
        applied |= await deliveries.ApplyReceiptAsync(channel, receipt.ProviderMessageId, receipt.StateKey,
            receipt.ErrorCode, ct);
        Log.ReceiptApplied(logger, channel, receipt.ProviderMessageId, receipt.ProviderStatus, applied);
        return applied;
    }
}
