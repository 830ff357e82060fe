using System.Data.Common;
using Dapper;

namespace Alerts.Incidents.Figures;

/// <summary>The figures set by hand (rows never updated: the latest per figure is in force) and the hazard points an
/// incident's monitor reports speak of.</summary>
public sealed class IncidentFigureStore
{
    private const string InsertSetting = """
        INSERT INTO incident_figure_settings (incident_id, figure, least, most, note, actor, set_utc)
        VALUES (@IncidentId, @Figure, @Least, @Most, @Note, @Actor, @Now)
        """;
    private const string SelectInForce = """
        SELECT id, incident_id, figure, least, most, note, actor, set_utc FROM incident_figure_settings s
        WHERE incident_id = @Id
          AND id = (SELECT MAX(id) FROM incident_figure_settings l WHERE l.incident_id = s.incident_id AND l.figure = s.figure)
        """;
    // One row per point however many reports its monitor sent: a point's threat counts once per incident.
    private const string SelectPoints = """
        SELECT DISTINCT p.id AS point_id, p.code, p.people_threatened, p.property_threatened_yuan
        FROM incident_items i
        JOIN hazard_point_observations o ON o.id = i.ref_id
        JOIN hazard_points p ON p.id = o.point_id
        WHERE i.incident_id = @Id AND i.kind = 'monitor_report'
        ORDER BY p.code
        """;

    public Task SetAsync(DbConnection c, DbTransaction tx, long incidentId, string figure, FigureRange? range, string note,
        string actor, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(InsertSetting, new
        {
            IncidentId = incidentId, Figure = figure, Least = range?.Least, Most = range?.Most, Note = note, Actor = actor, Now = now,
        }, tx, cancellationToken: ct));

    /// <summary>The latest setting of each figure that has one (including hand-backs, whose range is null).</summary>
    public async Task<IReadOnlyList<FigureSetting>> InForceAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct) =>
        (await c.QueryAsync<FigureSetting>(new CommandDefinition(SelectInForce, new { Id = incidentId }, tx, cancellationToken: ct))).AsList();

    internal async Task<IReadOnlyList<PointThreat>> PointsAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct) =>
        (await c.QueryAsync<PointThreat>(new CommandDefinition(SelectPoints, new { Id = incidentId }, tx, cancellationToken: ct))).AsList();
}
