using System.Data.Common;
using Alerts.Incidents.Core;
using Dapper;

namespace Alerts.Incidents.HazardPoints;

/// <summary>What monitors saw at their points, and the open incident those reports joined.</summary>
public sealed class HazardObservationStore
{
    private const string Columns = """
        o.id, o.point_id, o.person_id, p.name AS person_name, o.text, o.media_ids, o.created_utc
        FROM hazard_point_observations o JOIN people p ON p.id = o.person_id
        """;
    private const string SelectOfPoint = $"SELECT {Columns} WHERE o.point_id = @PointId ORDER BY o.created_utc DESC, o.id DESC LIMIT 200";
    private const string SelectLatestOfPerson = $"""
        SELECT {Columns} WHERE o.person_id = @PersonId AND o.created_utc >= @Since ORDER BY o.created_utc DESC, o.id DESC LIMIT 1
        """;
    private const string Insert = """
        INSERT INTO hazard_point_observations (point_id, person_id, text, media_ids, created_utc)
        VALUES (@PointId, @PersonId, @Text, @MediaIds, @Now)
        RETURNING id
        """;
    private const string AddMedia = """
        UPDATE hazard_point_observations
        SET media_ids = CASE WHEN media_ids IS NULL THEN @MediaId ELSE media_ids || ',' || @MediaId END
        WHERE id = @Id
        """;
    // The open incident a report of this point joined most recently: the one a 临灾预报 for the point belongs to.
    private const string SelectOpenIncident = $"""
        SELECT i.id FROM incident_items it
        JOIN hazard_point_observations o ON o.id = it.ref_id
        JOIN incidents i ON i.id = it.incident_id
        WHERE it.kind = '{IncidentItemKinds.MonitorReport}' AND o.point_id = @PointId AND i.status = 'open'
        ORDER BY it.received_utc DESC, it.id DESC LIMIT 1
        """;

    public async Task<IReadOnlyList<HazardObservation>> OfPointAsync(DbConnection c, DbTransaction? tx, long pointId, CancellationToken ct) =>
        (await c.QueryAsync<HazardObservation>(new CommandDefinition(SelectOfPoint, new { PointId = pointId }, tx, cancellationToken: ct))).AsList();

    /// <summary>The person's latest observation at or after <paramref name="since"/>: the one a photo sent soon after belongs to.</summary>
    public Task<HazardObservation?> LatestOfPersonAsync(DbConnection c, DbTransaction? tx, long personId, DateTimeOffset since,
        CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<HazardObservation>(new CommandDefinition(SelectLatestOfPerson,
            new { PersonId = personId, Since = since }, tx, cancellationToken: ct));

    public Task<long> InsertAsync(DbConnection c, DbTransaction tx, long pointId, long personId, string text, string? mediaId,
        DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(Insert,
            new { PointId = pointId, PersonId = personId, Text = text, MediaIds = mediaId, Now = now }, tx, cancellationToken: ct));

    public Task AddMediaAsync(DbConnection c, DbTransaction tx, long id, string mediaId, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(AddMedia, new { Id = id, MediaId = mediaId }, tx, cancellationToken: ct));

    public Task<long?> OpenIncidentOfAsync(DbConnection c, DbTransaction? tx, long pointId, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(SelectOpenIncident, new { PointId = pointId }, tx, cancellationToken: ct));
}
