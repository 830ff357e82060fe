using System.Data.Common;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Incidents.Actions;

/// <summary>The SQL of officials' actions: closing and reopening (guarded), towns, and warnings linked to an incident.</summary>
public sealed class IncidentActionStore
{
    private const string Close = """
        UPDATE incidents SET status = 'closed', closed_utc = @Now, closed_by = @Actor, updated_utc = @Now
        WHERE id = @Id AND status = 'open'
        """;
    private const string Reopen = """
        UPDATE incidents SET status = 'open', closed_utc = NULL, closed_by = NULL, updated_utc = @Now
        WHERE id = @Id AND status = 'closed'
        """;
    private const string TownExists = "SELECT EXISTS (SELECT 1 FROM regions WHERE code = @Code AND level = 4)";
    // A warning speaks for the incident's town when one of its areas lies inside the town or contains it.
    private const string WarningForTown = """
        SELECT EXISTS (
            SELECT 1 FROM warnings w JOIN warning_areas a ON a.warning_id = w.id
            WHERE w.id = @WarningId AND w.status IN ('published', 'updated')
              AND (substr(@Town, 1, length(a.code_prefix)) = a.code_prefix OR substr(a.code_prefix, 1, 9) = @TownPrefix))
        """;
    private const string WarningPublished = "SELECT EXISTS (SELECT 1 FROM warnings WHERE id = @WarningId AND status IN ('published', 'updated'))";
    private const string Link = """
        INSERT INTO incident_warnings (incident_id, warning_id, linked_utc, linked_by) VALUES (@IncidentId, @WarningId, @Now, @Actor)
        ON CONFLICT (incident_id, warning_id) DO NOTHING
        """;
    private const string Linked = """
        SELECT l.warning_id, w.headline, w.level, w.kind, l.linked_utc, l.linked_by
        FROM incident_warnings l JOIN warnings w ON w.id = l.warning_id
        WHERE l.incident_id = @Id ORDER BY l.linked_utc, l.warning_id
        """;

    /// <summary>Closes an open incident or reopens a closed one; false when it was not in the state to do so.</summary>
    public async Task<bool> SetStatusAsync(DbConnection c, DbTransaction tx, long id, bool close, string actor, DateTimeOffset now,
        CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(close ? Close : Reopen, new { Id = id, Actor = actor, Now = now }, tx, cancellationToken: ct)) == 1;

    public Task<bool> TownExistsAsync(DbConnection c, DbTransaction? tx, string code, CancellationToken ct) =>
        c.ExecuteScalarAsync<bool>(new CommandDefinition(TownExists, new { Code = code }, tx, cancellationToken: ct));

    public Task<bool> IsPublishedAsync(DbConnection c, DbTransaction? tx, long warningId, CancellationToken ct) =>
        c.ExecuteScalarAsync<bool>(new CommandDefinition(WarningPublished, new { WarningId = warningId }, tx, cancellationToken: ct));

    public Task<bool> CoversTownAsync(DbConnection c, DbTransaction? tx, long warningId, string townCode, CancellationToken ct) =>
        c.ExecuteScalarAsync<bool>(new CommandDefinition(WarningForTown,
            new { WarningId = warningId, Town = townCode, TownPrefix = DivisionCode.Prefix(townCode) }, tx, cancellationToken: ct));

    /// <summary>Links a warning; false when it was linked already.</summary>
    public async Task<bool> LinkAsync(DbConnection c, DbTransaction tx, long incidentId, long warningId, string actor,
        DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(Link, new { IncidentId = incidentId, WarningId = warningId, Actor = actor, Now = now }, tx,
            cancellationToken: ct)) == 1;

    public async Task<IReadOnlyList<LinkedWarning>> LinkedAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct) =>
        (await c.QueryAsync<LinkedWarning>(new CommandDefinition(Linked, new { Id = incidentId }, tx, cancellationToken: ct))).AsList();
}
