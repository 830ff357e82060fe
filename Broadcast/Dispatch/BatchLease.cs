using Alerts.Broadcast.Outbox;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// The lease a worker holds on the rows of one claimed batch. The claim itself recorded that their sends are about
/// to begin, so a row's send costs no write of its own: just before each send the lease is checked, and only when
/// less than <paramref name="margin"/> is left (one send can take up to the resilience total timeout) is what is left
/// of the batch leased again, in one write. A row the renewal no longer finds ours was taken over: it is not sent.
/// </summary>
internal sealed class BatchLease(DeliveryStore store, IReadOnlyList<ClaimedDelivery> rows, TimeSpan leaseFor,
    TimeSpan margin, TimeProvider time)
{
    private IReadOnlySet<long> _ours = rows.Select(r => r.Id).ToHashSet();

    /// <summary>The fencing token every write on these rows must present.</summary>
    public DateTimeOffset Current { get; private set; } = rows.Count == 0 ? default : rows[0].LeaseUntilUtc;

    /// <summary>True when row <paramref name="id"/> may be sent now: still ours, with time enough left to finish.</summary>
    public async Task<bool> HoldAsync(long id, CancellationToken ct)
    {
        if (!_ours.Contains(id)) return false;
        if (Current - time.GetUtcNow() >= margin) return true;
        (Current, _ours) = await store.RenewAsync(_ours.ToList(), Current, leaseFor, ct);
        return _ours.Contains(id);
    }
}
