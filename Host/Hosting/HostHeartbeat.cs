using Alerts.Channels.Resilience;
using Alerts.Store.Hosts;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Hosting;

/// <summary>
/// This Host's heartbeat on the shared database, and from the live Hosts its share of every provider's send rate: the
/// configured rate is the total across Hosts (docs/capacity.md). The first beat is written before dispatch starts, so
/// a Host never sends at the whole rate while others run. A Host that dies stops beating; after
/// <see cref="HostsOptions.Stale"/> the others count it out and take its share, as they take its leased rows when the
/// leases run out. On SQLite there is one Host, which keeps the whole rate.
/// </summary>
internal sealed partial class HostHeartbeat(HostRegistry registry, SendRateLimiter limiter, IOptions<HostsOptions> options,
    TimeProvider time, ILogger<HostHeartbeat> logger) : BackgroundService
{
    private readonly string _hostId =
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await BeatAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await BeatAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await registry.LeaveAsync(_hostId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LeaveFailed(logger, ex); // the others count this Host out once its beat is stale
        }
    }

    private async Task BeatAsync(CancellationToken ct)
    {
        int hosts;
        try
        {
            hosts = await registry.BeatAsync(_hostId, options.Value.Stale, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Keep the share we have: a database that cannot take a heartbeat cannot take deliveries either.
            Log.BeatFailed(logger, ex);
            return;
        }

        var before = limiter.Hosts;
        limiter.ShareAmong(hosts);
        if (hosts != before) Log.Sharing(logger, hosts, _hostId);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 9101, Level = LogLevel.Information,
            Message = "{Hosts} Host(s) live on this database: each sends at its share of the configured rates (this is {HostId})")]
        public static partial void Sharing(ILogger logger, int hosts, string hostId);

        [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Heartbeat not written; keeping the current rate share")]
        public static partial void BeatFailed(ILogger logger, Exception ex);

        [LoggerMessage(EventId = 9103, Level = LogLevel.Warning, Message = "Could not remove this Host's heartbeat on stopping")]
        public static partial void LeaveFailed(ILogger logger, Exception ex);
    }
}
