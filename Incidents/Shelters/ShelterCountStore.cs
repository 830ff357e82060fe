using System.Data.Common;
using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Incidents.Shelters;

/// <summary>Sheltered counts per incident and shelter: the latest in incident_shelter_counts, every one in the history.</summary>
public sealed class ShelterCountStore(StoreDb db)
{
    // A worker may write the name with or without 安置点: "村小学" and "村小学安置点" are the same shelter.
    private const string SheltersOfWorker = """
        SELECT id, village_code, name, address, capacity, latitude, longitude, created_utc, updated_utc FROM shelters
        WHERE (name = @Name OR name = @Name || '安置点' OR name || '安置点' = @Name)
          AND village_code IN (SELECT region_code FROM grid_assignments WHERE worker_id = @WorkerId)
        ORDER BY village_code, id
        """;
    private const string OpenInTown = """
        SELECT id, town_code, county_code, family, title, status, grade, disaster_grade, danger_grade, opened_utc, opened_by,
               last_item_utc, closed_utc, closed_by, updated_utc
        FROM incidents WHERE town_code = @Town AND status = 'open' ORDER BY id
        """;
    private const string Upsert = """
        INSERT INTO incident_shelter_counts (incident_id, shelter_id, sheltered, updated_utc, updated_by)
        VALUES (@IncidentId, @ShelterId, @Sheltered, @Now, @Actor)
        ON CONFLICT (incident_id, shelter_id) DO UPDATE
        SET sheltered = excluded.sheltered, updated_utc = excluded.updated_utc, updated_by = excluded.updated_by
        """;
    private const string InsertHistory = """
        INSERT INTO incident_shelter_count_history (incident_id, shelter_id, sheltered, set_utc, set_by)
        VALUES (@IncidentId, @ShelterId, @Sheltered, @Now, @Actor)
        """;

    private readonly string _openCounts = $"""
        SELECT s.shelter_id, s.incident_id, s.sheltered, s.updated_utc FROM incident_shelter_counts s
        JOIN incidents i ON i.id = s.incident_id
        WHERE i.status = 'open' AND s.shelter_id {db.Dialect.AnyOf("@ShelterIds")}
        ORDER BY s.shelter_id, s.incident_id
        """;

    /// <summary>The latest counts of these shelters in incidents still open (none for a shelter nobody counted).</summary>
    public async Task<IReadOnlyList<ShelteredNow>> OpenCountsAsync(DbConnection c, IReadOnlyList<long> shelterIds, CancellationToken ct) =>
        shelterIds.Count == 0 ? [] : (await c.QueryAsync<ShelteredNow>(new CommandDefinition(_openCounts,
            new { ShelterIds = shelterIds.ToArray() }, cancellationToken: ct))).AsList();

    public async Task<IReadOnlyList<Shelter>> OfWorkerNamedAsync(DbConnection c, DbTransaction? tx, long workerId, string name,
        CancellationToken ct) =>
        (await c.QueryAsync<Shelter>(new CommandDefinition(SheltersOfWorker, new { WorkerId = workerId, Name = name }, tx,
            cancellationToken: ct))).AsList();

    public async Task<IReadOnlyList<Incident>> OpenInTownAsync(DbConnection c, DbTransaction? tx, string town, CancellationToken ct) =>
        (await c.QueryAsync<Incident>(new CommandDefinition(OpenInTown, new { Town = town }, tx, cancellationToken: ct))).AsList();

    /// <summary>Sets the latest count and keeps it in the history, in the caller's transaction.</summary>
    public async Task SetAsync(DbConnection c, DbTransaction tx, long incidentId, long shelterId, int sheltered, string actor,
        DateTimeOffset now, CancellationToken ct)
    {
        var args = new { IncidentId = incidentId, ShelterId = shelterId, Sheltered = sheltered, Actor = actor, Now = now };
        await c.ExecuteAsync(new CommandDefinition(Upsert, args, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(InsertHistory, args, tx, cancellationToken: ct));
    }
}
