using Alerts.Store.Database;
using Dapper;

namespace Alerts.Incidents.Views;

/// <summary>
/// What lies around an incident on its details page: people sheltered per shelter, and the hazard points whose monitors'
/// reports joined it (each report with its point). Read after <see cref="IncidentViews"/> has checked the caller.
/// </summary>
public sealed class IncidentSurroundings(StoreDb db)
{
    private const string Shelters = """
        SELECT s.id AS shelter_id, s.name, v.name AS village_name, s.capacity, n.sheltered, n.updated_utc, n.updated_by
        FROM incident_shelter_counts n
        JOIN shelters s ON s.id = n.shelter_id
        LEFT JOIN regions v ON v.code = s.village_code
        WHERE n.incident_id = @Id
        ORDER BY s.village_code, s.name
        """;
    private const string Observations = """
        SELECT o.id AS observation_id, p.id AS point_id, p.code AS point_code, p.name AS point_name, p.people_threatened,
               m.name AS monitor_name, o.text, o.created_utc
        FROM incident_items it
        JOIN hazard_point_observations o ON o.id = it.ref_id
        JOIN hazard_points p ON p.id = o.point_id
        JOIN people m ON m.id = o.person_id
        WHERE it.incident_id = @Id AND it.kind = 'monitor_report'
        ORDER BY p.code, o.created_utc DESC, o.id DESC
        """;

    /// <summary>The sheltered counts and the points' reports of an incident the caller was shown (<paramref name="view"/>).</summary>
    public async Task<(IReadOnlyList<IncidentShelterCount> Sheltered, IReadOnlyList<IncidentPointObservation> Observations)> OfAsync(
        IncidentView view, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var args = new { Id = view.Incident.Id };
        var sheltered = (await c.QueryAsync<IncidentShelterCount>(new CommandDefinition(Shelters, args, cancellationToken: ct))).AsList();
        var observations = (await c.QueryAsync<IncidentPointObservation>(new CommandDefinition(Observations, args, cancellationToken: ct))).AsList();
        return (sheltered, observations);
    }
}
