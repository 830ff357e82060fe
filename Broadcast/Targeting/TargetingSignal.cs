using System.Threading.Channels;

namespace Alerts.Broadcast.Targeting;

/// <summary>
/// Wakes the targeting worker as soon as a warning is published instead of at its next poll. It only wakes: what to
/// target is read from the warnings table, so a lost signal costs one poll interval, never a warning.
/// </summary>
public sealed class TargetingSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try { await _channel.Reader.ReadAsync(cts.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { /* the poll interval passed */ }
    }
}
