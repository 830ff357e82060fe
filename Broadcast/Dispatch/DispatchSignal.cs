using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// Wakes an idle dispatch worker before its poll interval is up, e.g. when targeting has just written outbox rows or
/// a row moved to another lane. Only a nudge: the rows are in the database, so a lost or extra wake-up changes nothing
/// but latency.
/// </summary>
public sealed class DispatchSignal
{
    // One slot per lane: many wakes before a worker looks are one wake. A worker that finds a full batch wakes the next.
    private readonly ConcurrentDictionary<string, Channel<bool>> _lanes = new(StringComparer.Ordinal);

    /// <summary>Asks a worker of every lane to look for due rows now. Never blocks.</summary>
    public void Wake()
    {
        foreach (var lane in DispatchOptions.LaneNames) Wake(lane);
    }

    /// <summary>Asks a worker of <paramref name="lane"/> to look now. Never blocks.</summary>
    public void Wake(string lane) => Lane(lane).Writer.TryWrite(true);

    /// <summary>Waits until <paramref name="lane"/> is woken or until <paramref name="timeout"/> has passed.</summary>
    internal async Task WaitAsync(string lane, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var poll = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, poll.Token);
        try
        {
            await Lane(lane).Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed: look anyway.
        }
    }

    private Channel<bool> Lane(string lane) => _lanes.GetOrAdd(lane, _ => Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.Wait }));
}
