using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alerts.Store.Workers;

/// <summary>
/// The one loop of every background worker whose work is in the database (dispatch lanes, notifications, reply
/// retries, targeting, expiry, follow-ups, help escalation): run a round, go again at once while rounds say more is
/// due, otherwise wait for the poll interval (or a wake-up). A failed round is logged and retried after
/// <see cref="ErrorDelay"/>, never swallowed and never the end of the loop. Several loops may run side by side.
/// Safe wherever many run at once: the rounds claim their rows with leases.
/// </summary>
public abstract partial class PollingWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    /// <summary>How long an idle loop waits before looking again.</summary>
    protected abstract TimeSpan Poll { get; }

    /// <summary>How long a loop pauses after a failed round.</summary>
    protected virtual TimeSpan ErrorDelay => Poll;

    /// <summary>How many loops run side by side; each gets its number (0…) in every round.</summary>
    protected virtual int Loops => 1;

    /// <summary>One round of loop <paramref name="loop"/>; true when more may be due right away.</summary>
    protected abstract Task<bool> RunOnceAsync(int loop, CancellationToken ct);

    /// <summary>Waits <paramref name="poll"/> before the next round; a worker with a wake-up signal waits on it too.</summary>
    protected virtual Task WaitAsync(int loop, TimeSpan poll, CancellationToken ct) => Task.Delay(poll, Time, ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Loops).Select(n => Task.Run(() => LoopAsync(n, stoppingToken), CancellationToken.None)));

    private async Task LoopAsync(int loop, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                if (await RunOnceAsync(loop, ct)) continue;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                wait = ErrorDelay;
                LoopFailed(logger, GetType().Name, loop, wait, ex);
            }

            try
            {
                await WaitAsync(loop, wait, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 1901, Level = LogLevel.Error, Message = "{Worker} loop {Loop} failed; retrying in {Delay}")]
    private static partial void LoopFailed(ILogger logger, string worker, int loop, TimeSpan delay, Exception exception);
}
