using Alerts.Broadcast.Outbox;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// One round of one lane: claim a batch of that channel's due rows and work through them in priority order. The
/// lane's workers run rounds in a loop; tests run them directly, several at once, as two workers or two Host
/// instances would.
/// </summary>
internal sealed class Dispatcher(DeliveryStore store, DeliveryProcessor processor, IOptions<DispatchOptions> options,
    TimeProvider time)
{
    /// <summary>Returns how many rows were claimed (the batch size means more are probably due).</summary>
    public async Task<int> RunOnceAsync(string lane, CancellationToken ct)
    {
        var o = options.Value;
        var batch = await store.ClaimAsync(lane, o.BatchSizeOf(lane), o.Lease, ct);
        var lease = new BatchLease(store, batch.Rows, o.Lease, o.Lease / 2, time);
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            try
            {
                ct.ThrowIfCancellationRequested();
                await processor.ProcessAsync(batch.Rows[i], lease, batch, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Shutting down: rows not yet begun go back to the queue now rather than when their lease runs out.
                await store.ReleaseAsync(batch.Rows.Skip(i).Select(r => (r.Id, lease.Current)), CancellationToken.None);
                throw;
            }
        }

        return batch.Rows.Count;
    }

    /// <summary>One round of every lane in turn, as tests and the bench run them; returns the rows claimed.</summary>
    public async Task<int> RunEveryLaneOnceAsync(CancellationToken ct)
    {
        var claimed = 0;
        foreach (var lane in DispatchOptions.LaneNames) claimed += await RunOnceAsync(lane, ct);
        return claimed;
    }
}
