using Alerts.Broadcast.Outbox;
using Alerts.Channels.Messages;
using Alerts.Host.Logging;
using Alerts.Store.Database;
using Alerts.Store.Outbound;

namespace Alerts.Host.Outbound;

/// <summary>
/// The one path of every provider's delivery receipt: a reply or notice moves on in the outbound log (only forward by
/// the provider's status rank), a warning's row in the delivery outbox (only on from 'sent'), so late, repeated and
/// out-of-order receipts change nothing, and one that comes before the send's answer is written is kept for it.
/// </summary>
internal sealed class Receipts(StoreDb db, OutboundMessageStore outbound, DeliveryStore deliveries, EarlyReceiptStore early,
    ILogger<Receipts> logger)
{
    /// <summary>Applies the receipt in a write of its own (a status callback). True when a record moved.</summary>
    public async Task<bool> ApplyAsync(DeliveryReceipt receipt, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var applied = await ApplyAsync(receipt, work, ct);
        await work.CommitAsync(ct);
        return applied;
    }

    /// <summary>Applies the receipt inside <paramref name="work"/> (a receipt that came as an inbound event, in its turn).</summary>
    public async Task<bool> ApplyAsync(DeliveryReceipt receipt, UnitOfWork work, CancellationToken ct)
    {
        var channel = receipt.Channel.Key();
        var applied = await outbound.ApplyStatusAsync(work, channel, receipt.ProviderMessageId, receipt.ProviderStatus,
            receipt.Rank, receipt.StateKey, receipt.ErrorCode, ct);
        applied |= await deliveries.ApplyReceiptAsync(work, channel, receipt.ProviderMessageId, receipt.StateKey,
            receipt.ErrorCode, ct);
        // Not found by the provider's id (its answer to the send was lost): by our key, where the provider echoed it.
        if (!applied && receipt.IdempotencyKey is { } key)
        {
            applied = await outbound.ApplyStatusByKeyAsync(work, channel, key, receipt.ProviderMessageId, receipt.ProviderStatus,
                receipt.Rank, receipt.StateKey, receipt.ErrorCode, ct);
            applied |= await deliveries.ApplyReceiptByKeyAsync(work, key, receipt.ProviderMessageId, receipt.StateKey,
                receipt.ErrorCode, ct);
        }

        // Nothing has that id yet: the send's answer is still being written. Kept, and applied by that write.
        if (!applied)
            await early.KeepAsync(work, channel, receipt.ProviderMessageId, receipt.ProviderStatus, receipt.Rank,
                receipt.StateKey, receipt.ErrorCode, ct);
        Log.ReceiptApplied(logger, channel, receipt.ProviderMessageId, receipt.ProviderStatus, applied);
        return applied;
    }
}
