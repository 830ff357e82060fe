using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Incidents.HazardPoints;

/// <summary>The hazard point register and the households each point threatens. Writes join the caller's transaction.</summary>
public sealed class HazardPointStore(StoreDb db)
{
    private const string Select = """
        SELECT hp.id, hp.code, hp.name, hp.village_code, r.name AS village_name, hp.kind, hp.latitude, hp.longitude,
               hp.people_threatened, hp.property_threatened_yuan, hp.monitor_person_id, p.name AS monitor_name,
               hp.shelter_id, s.name AS shelter_name, hp.status, hp.updated_utc,
               (SELECT COUNT(*) FROM hazard_point_households x WHERE x.point_id = hp.id) AS household_count
        FROM hazard_points hp
        JOIN regions r ON r.code = hp.village_code
        LEFT JOIN people p ON p.id = hp.monitor_person_id
        LEFT JOIN shelters s ON s.id = hp.shelter_id
        """;
    private const string SelectUnder = $"""
        {Select}
        WHERE hp.village_code >= @From AND hp.village_code < @To AND (@Village IS NULL OR hp.village_code = @Village)
        ORDER BY hp.village_code, hp.code
        """;
    private const string SelectById = $"{Select} WHERE hp.id = @Id";
    private const string SelectByCode = $"{Select} WHERE hp.code = @Code";
    private const string SelectOfMonitor = $"{Select} WHERE hp.monitor_person_id = @PersonId AND hp.status = 'active' ORDER BY hp.id";
    private const string SelectHouseholds = """
        SELECT h.id, h.register_no, h.head_name,
               (SELECT COUNT(*) FROM people p WHERE p.household_id = h.id) AS people
        FROM hazard_point_households x JOIN households h ON h.id = x.household_id
        WHERE x.point_id = @Id ORDER BY h.register_no, h.id
        """;
    private const string SelectHouseholdIds = "SELECT household_id FROM hazard_point_households WHERE point_id = @Id ORDER BY household_id";
    private const string Insert = """
        INSERT INTO hazard_points (code, name, village_code, kind, latitude, longitude, people_threatened,
                                   property_threatened_yuan, monitor_person_id, shelter_id, status, created_utc, updated_utc)
        VALUES (@Code, @Name, @VillageCode, @Kind, @Latitude, @Longitude, @PeopleThreatened, @PropertyThreatenedYuan,
                @MonitorPersonId, @ShelterId, 'active', @Now, @Now)
        RETURNING id
        """;
    private const string Update = """
        UPDATE hazard_points SET name = @Name, village_code = @VillageCode, kind = @Kind, latitude = @Latitude,
               longitude = @Longitude, people_threatened = @PeopleThreatened, property_threatened_yuan = @PropertyThreatenedYuan,
               monitor_person_id = @MonitorPersonId, shelter_id = @ShelterId, status = 'active', updated_utc = @Now
        WHERE id = @Id
        """;
    private const string DeleteHouseholds = "DELETE FROM hazard_point_households WHERE point_id = @Id";
    private const string InsertHousehold = "INSERT INTO hazard_point_households (point_id, household_id) VALUES (@Id, @HouseholdId)";

    /// <summary>Points of the villages under a jurisdiction (any code), optionally of one village.</summary>
    public async Task<IReadOnlyList<HazardPoint>> ListUnderAsync(string jurisdiction, string? village, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(DivisionCode.ToPrefix(jurisdiction)
            ?? throw new ArgumentException($"'{jurisdiction}' is not a division code", nameof(jurisdiction)));
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<HazardPoint>(new CommandDefinition(SelectUnder,
            new { From = from, To = to, Village = village }, cancellationToken: ct))).AsList();
    }

    public async Task<HazardPoint?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await GetAsync(c, null, id, ct);
    }

    public Task<HazardPoint?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<HazardPoint>(new CommandDefinition(SelectById, new { Id = id }, tx, cancellationToken: ct));

    internal Task<HazardPoint?> FindByCodeAsync(DbConnection c, DbTransaction tx, string code, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<HazardPoint>(new CommandDefinition(SelectByCode, new { Code = code }, tx, cancellationToken: ct));

    /// <summary>The active points a person watches as their 群测群防 monitor.</summary>
    public async Task<IReadOnlyList<HazardPoint>> OfMonitorAsync(DbConnection c, DbTransaction? tx, long personId, CancellationToken ct) =>
        (await c.QueryAsync<HazardPoint>(new CommandDefinition(SelectOfMonitor, new { PersonId = personId }, tx, cancellationToken: ct))).AsList();

    public async Task<IReadOnlyList<ThreatenedHousehold>> HouseholdsAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        (await c.QueryAsync<ThreatenedHousehold>(new CommandDefinition(SelectHouseholds, new { Id = id }, tx, cancellationToken: ct))).AsList();

    public async Task<IReadOnlyList<long>> HouseholdIdsAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        (await c.QueryAsync<long>(new CommandDefinition(SelectHouseholdIds, new { Id = id }, tx, cancellationToken: ct))).AsList();

    internal Task<long> InsertAsync(DbConnection c, DbTransaction tx, HazardPoint p, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, Args(p, now), tx, cancellationToken: ct));

    internal Task UpdateAsync(DbConnection c, DbTransaction tx, HazardPoint p, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(Update, Args(p, now), tx, cancellationToken: ct));

    internal async Task ReplaceHouseholdsAsync(DbConnection c, DbTransaction tx, long id, IEnumerable<long> households, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition(DeleteHouseholds, new { Id = id }, tx, cancellationToken: ct));
        foreach (var h in households)
            await c.ExecuteAsync(new CommandDefinition(InsertHousehold, new { Id = id, HouseholdId = h }, tx, cancellationToken: ct));
    }

    private static object Args(HazardPoint p, DateTimeOffset now) => new
    {
        p.Id, p.Code, p.Name, p.VillageCode, p.Kind, p.Latitude, p.Longitude, p.PeopleThreatened, p.PropertyThreatenedYuan,
        p.MonitorPersonId, p.ShelterId, Now = now,
    };
}
