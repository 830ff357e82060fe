using Alerts.Host.Logging;

namespace Alerts.Host.Outbound;

/// <summary>
/// The loop of a worker whose state is in the database: do a round, go again at once while rounds come back full,
/// otherwise wait the poll interval. A failed round is logged and retried after the interval, never swallowed.
/// </summary>
internal abstract class PollingWorker(TimeSpan poll, TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    /// <summary>One round; true when there may be more to do right away.</summary>
    protected abstract Task<bool> RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.WorkerLoopFailed(logger, GetType().Name, ex);
            }
            if (!more) await Task.Delay(poll, Time, stoppingToken);
        }
    }
}
