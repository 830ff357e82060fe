using Alerts.Store.Workers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// Dispatch, one lane per channel: each lane (<see cref="DispatchOptions.LaneNames"/>) has its own workers, each
/// claiming batches of that channel's rows only, with its own leases and backoff, behind the channel's own rate
/// limit and circuit breaker. A slow or failing provider holds up its own lane and no other. A worker goes straight
/// on while batches come back full (waking an idle sibling of its lane); otherwise it sleeps for the poll interval
/// or until <see cref="DispatchSignal.Wake(string)"/>.
/// </summary>
internal sealed class DispatchWorker(
    Dispatcher dispatcher, DispatchSignal signal, IOptions<DispatchOptions> options, TimeProvider time,
    ILogger<DispatchWorker> logger) : PollingWorker(time, logger)
{
    private readonly string[] _laneOfLoop = DispatchOptions.LaneNames
        .SelectMany(lane => Enumerable.Repeat(lane, options.Value.WorkersOf(lane))).ToArray();

    protected override TimeSpan Poll => options.Value.PollInterval;

    protected override TimeSpan ErrorDelay => options.Value.ErrorDelay;

    protected override int Loops => _laneOfLoop.Length;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var lane in DispatchOptions.LaneNames)
            Log.DispatchStarted(logger, lane, options.Value.WorkersOf(lane), options.Value.BatchSizeOf(lane));
        return base.ExecuteAsync(stoppingToken);
    }

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct)
    {
        var lane = _laneOfLoop[loop];
        if (await dispatcher.RunOnceAsync(lane, ct) < options.Value.BatchSizeOf(lane)) return false;
        // More is due: keep going, and let an idle sibling join in.
        signal.Wake(lane);
        return true;
    }

    protected override Task WaitAsync(int loop, TimeSpan poll, CancellationToken ct) =>
        signal.WaitAsync(_laneOfLoop[loop], poll, Time, ct);
}
