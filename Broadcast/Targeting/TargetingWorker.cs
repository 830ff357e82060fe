using Alerts.Broadcast.Dispatch;
using Alerts.Store.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Targeting;

/// <summary>
/// Targets published warnings whose targeting_state is pending. Publishing only flips that state inside its own
/// transaction, so a crash between publish and targeting, or in the middle of targeting, is picked up here.
/// </summary>
internal sealed class TargetingWorker(
    TargetingStore store, Targeter targeter, TargetingSignal signal, DispatchSignal dispatch, IOptions<BroadcastOptions> options,
    TimeProvider time, ILogger<TargetingWorker> logger) : PollingWorker(time, logger)
{
    protected override TimeSpan Poll => options.Value.TargetingPollInterval;

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct)
    {
        foreach (var id in await store.PendingAsync(10, ct)) await TargetOneAsync(id, ct);
        return false;
    }

    protected override Task WaitAsync(int loop, TimeSpan poll, CancellationToken ct) => signal.WaitAsync(poll, Time, ct);

    private async Task TargetOneAsync(long id, CancellationToken ct)
    {
        try
        {
            var result = await targeter.RunAsync(id, ct);
            Log.Targeted(logger, id, result.Rows, result.Batches, (long)result.Elapsed.TotalMilliseconds);
            // Rows are in the outbox: the dispatch workers need not wait for their next poll.
            dispatch.Wake();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TargetingFailed(logger, id, ex);
        }
    }
}
