using System.Threading.Channels;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// Wakes an idle dispatch worker before its poll interval is up, e.g. when targeting has just written outbox rows.
/// Only a nudge: the rows are in SQLite, so a lost or extra wake-up changes nothing but latency.
/// </summary>
public sealed class DispatchSignal
{
    // One slot: many wakes before a worker looks are one wake. A worker that finds a full batch wakes the next one.
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    /// <summary>Asks a worker to look for due rows now. Never blocks.</summary>
    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Waits until woken or until <paramref name="timeout"/> has passed.</summary>
    internal async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var poll = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, poll.Token);
        try
        {
            await _wakes.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed: look anyway.
        }
    }
}
