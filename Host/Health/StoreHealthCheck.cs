using Alerts.Store.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alerts.Host.Health;

/// <summary>The database answers and its schema is the one this build expects.</summary>
internal sealed class StoreHealthCheck(Migrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var version = await migrator.CurrentVersionAsync(ct);
            var data = new Dictionary<string, object>
            {
                ["schemaVersion"] = version,
                ["expectedSchemaVersion"] = Migrator.LatestVersion,
            };
            return version == Migrator.LatestVersion
                ? HealthCheckResult.Healthy("database reachable, schema current", data)
                : HealthCheckResult.Unhealthy($"schema version {version}, expected {Migrator.LatestVersion}", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
