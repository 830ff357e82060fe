using Alerts.Broadcast.Outbox;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// One round of dispatch: claim a batch of due rows and work through them in priority order. The worker runs rounds
/// in a loop; tests run them directly, several at once, as two workers or two Host instances would.
/// </summary>
internal sealed class Dispatcher(DeliveryStore store, DeliveryProcessor processor, IOptions<DispatchOptions> options)
{
    /// <summary>Returns how many rows were claimed (the batch size means more are probably due).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var o = options.Value;
        var batch = await store.ClaimAsync(o.BatchSize, o.Lease, o.MaxAttempts, ct);
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            try
            {
                ct.ThrowIfCancellationRequested();
                await processor.ProcessAsync(batch.Rows[i], batch, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Shutting down: rows not yet begun go back to the queue now rather than when their lease runs out.
                await store.ReleaseAsync(batch.Rows.Skip(i).Select(r => (r.Id, r.LeaseUntilUtc)), CancellationToken.None);
                throw;
            }
        }

        return batch.Rows.Count;
    }
}
