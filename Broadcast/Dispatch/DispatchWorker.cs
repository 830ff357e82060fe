using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// Runs <see cref="DispatchOptions.Workers"/> dispatch loops. Each claims a batch, sends it, and goes straight on
/// while batches come back full; otherwise it sleeps for the poll interval or until <see cref="DispatchSignal.Wake"/>.
/// A failing round is logged and retried after a pause; it never stops the loop.
/// </summary>
internal sealed class DispatchWorker(
    Dispatcher dispatcher, DispatchSignal signal, IOptions<DispatchOptions> options, TimeProvider time,
    ILogger<DispatchWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        Log.DispatchStarted(logger, o.Workers, o.BatchSize);
        return Task.WhenAll(Enumerable.Range(1, o.Workers).Select(n => Task.Run(() => LoopAsync(n, stoppingToken),
            CancellationToken.None)));
    }

    private async Task LoopAsync(int worker, CancellationToken ct)
    {
        var o = options.Value;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var claimed = await dispatcher.RunOnceAsync(ct);
                if (claimed >= o.BatchSize)
                {
                    // More is due: keep going, and let an idle sibling join in.
                    signal.Wake();
                    continue;
                }

                await signal.WaitAsync(o.PollInterval, time, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.WorkerFailed(logger, worker, o.ErrorDelay, e);
                try
                {
                    await Task.Delay(o.ErrorDelay, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
