using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Warnings;

/// <summary>Marks published warnings past their expiry as expired, with an audit entry each, every poll interval.</summary>
internal sealed class ExpiryWorker(
    StoreDb db, WarningStore warnings, AuditStore audit, IOptions<BroadcastOptions> options, TimeProvider time,
    ILogger<ExpiryWorker> logger) : PollingWorker(time, logger)
{
    protected override TimeSpan Poll => options.Value.ExpiryPollInterval;

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct)
    {
        await ExpireDueAsync(ct);
        return false;
    }

    public async Task ExpireDueAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var expired = await warnings.ExpireDueAsync(c, tx, Time.GetUtcNow(), ct);
        foreach (var id in expired) await audit.AppendAsync(c, tx, "system", WarningStatuses.Expired, $"warning:{id}", null, ct);
        await tx.CommitAsync(ct);
        foreach (var id in expired) Log.Expired(logger, id);
    }
}
