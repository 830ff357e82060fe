using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Grading;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Incidents.Views;

/// <summary>Reads an incident's details for a caller; null when it is missing or outside their jurisdiction (alike).</summary>
public sealed class IncidentViews(StoreDb db, IncidentStore incidents, IncidentFigures figures, IncidentGradeStore grades,
    IncidentActionStore actions)
{
    private const string Items = """
        SELECT i.id, i.kind, i.ref_id, i.village_code, v.name AS village_name, i.received_utc,
               r.number AS report_number, r.status AS report_status, p.code AS point_code
        FROM incident_items i
        LEFT JOIN regions v ON v.code = i.village_code
        LEFT JOIN reports r ON i.kind = 'report' AND r.id = i.ref_id
        LEFT JOIN hazard_point_observations o ON i.kind = 'monitor_report' AND o.id = i.ref_id
        LEFT JOIN hazard_points p ON p.id = o.point_id
        WHERE i.incident_id = @Id
        ORDER BY i.received_utc, i.id
        """;
    private const string TownName = "SELECT name FROM regions WHERE code = @Code";

    public async Task<IncidentView?> GetAsync(IncidentCaller caller, long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        if (await incidents.GetAsync(c, null, id, ct) is not { } incident || !caller.Covers(incident)) return null;
        var items = (await c.QueryAsync<IncidentItemView>(new CommandDefinition(Items, new { Id = id }, cancellationToken: ct))).AsList();
        var town = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(TownName, new { Code = incident.TownCode }, cancellationToken: ct));
        return new IncidentView(incident, town ?? incident.TownCode, items, await figures.ReadAsync(c, null, id, ct),
            await grades.HistoryAsync(c, null, id, ct), await incidents.EventsAsync(c, null, id, ct), await actions.LinkedAsync(c, null, id, ct));
    }
}
