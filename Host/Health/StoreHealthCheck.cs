using Alerts.Store.Database;
using Alerts.Store.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alerts.Host.Health;

/// <summary>The database answers, its schema is the one this build expects, and it can be written.</summary>
internal sealed class StoreHealthCheck(Migrator migrator, WriteProbe probe) : IHealthCheck
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        int version;
        try
        {
            version = await migrator.CurrentVersionAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }

        var data = new Dictionary<string, object>
        {
            ["schemaVersion"] = version,
            ["expectedSchemaVersion"] = Migrator.LatestVersion,
        };
        if (version != Migrator.LatestVersion)
            return HealthCheckResult.Unhealthy($"schema version {version}, expected {Migrator.LatestVersion}", data: data);

        try
        {
            // Every report, reply and delivery is a write: a database that only answers reads cannot do the work.
            await probe.WriteAsync(ct);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            // Another writer held the lock past the probe's timeout: working, but slow to take new writes.
            return HealthCheckResult.Degraded("database busy: the write lock was not free in time", ex, data);
        }
        catch (System.Data.Common.DbException ex)
        {
            return HealthCheckResult.Unhealthy($"database cannot be written: {ex.Message}", ex, data);
        }

        return HealthCheckResult.Healthy("database reachable and writable, schema current", data);
    }
}
