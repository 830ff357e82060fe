using Alerts.Incidents.Core;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// A 临灾预报 issued for a point belongs to the point's open incident (the one its monitor's reports joined): linked in
/// incident_warnings, on the incident's timeline and audited, in one transaction.
/// </summary>
public sealed class PointWarningLinks(StoreDb db, HazardObservationStore observations, IncidentStore incidents, AuditStore audit)
{
    private const string Link = """
        INSERT INTO incident_warnings (incident_id, warning_id, linked_utc, linked_by) VALUES (@IncidentId, @WarningId, @Now, @Actor)
        ON CONFLICT (incident_id, warning_id) DO NOTHING
        """;

    /// <summary>The incident linked, or null when the point has no open incident.</summary>
    public async Task<long?> LinkAsync(HazardPoint point, long warningId, string actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await observations.OpenIncidentOfAsync(c, tx, point.Id, ct) is not long incident) return null;
        if (await c.ExecuteAsync(new CommandDefinition(Link, new { IncidentId = incident, WarningId = warningId, Now = now, Actor = actor },
                tx, cancellationToken: ct)) == 0) return incident;
        await incidents.AppendEventAsync(c, tx, incident, "warning_linked", actor, $"临灾预报：{point.Name}（warning:{warningId}）", now, ct);
        await audit.AppendAsync(c, tx, actor, "warning_linked", $"incident:{incident}", $"warning:{warningId} hazard_point:{point.Id}", ct);
        await work.CommitAsync(ct);
        return incident;
    }
}
