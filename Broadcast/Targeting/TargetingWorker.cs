using Alerts.Broadcast.Dispatch;
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
    TimeProvider time, ILogger<TargetingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var id in await store.PendingAsync(10, stoppingToken)) await TargetOneAsync(id, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.WorkerLoopFailed(logger, nameof(TargetingWorker), ex);
            }
            await signal.WaitAsync(options.Value.TargetingPollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

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
