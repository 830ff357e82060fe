using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.People;
using Dapper;

namespace Alerts.Incidents.HazardPoints;

/// <summary>What an import checks a row against: the village, its register households, the monitor, its shelters.</summary>
public sealed class HazardPointLookups(StoreDb db, PersonStore people)
{
    private const string SelectVillageLevel = "SELECT level FROM regions WHERE code = @Code";
    private readonly string _selectHouseholds = $"""
        SELECT register_no, id FROM households WHERE village_code = @VillageCode AND register_no {db.Dialect.AnyOf("@Numbers")}
        """;
    private const string SelectPersonByPhone = "SELECT id, role, region_code FROM people WHERE phone = @Phone";
    private const string SelectShelter = "SELECT id FROM shelters WHERE village_code = @VillageCode AND name = @Name";

    private sealed record PersonRow
    {
        public long Id { get; init; }
        public string Role { get; init; } = "";
        public string RegionCode { get; init; } = "";
    }

    public async Task<bool> IsVillageAsync(DbConnection c, DbTransaction tx, string code, CancellationToken ct) =>
        await c.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(SelectVillageLevel, new { Code = code }, tx, cancellationToken: ct)) == 5;

    /// <summary>户编号 → household id, for those of the village that exist.</summary>
    public async Task<Dictionary<string, long>> HouseholdsAsync(DbConnection c, DbTransaction tx, string villageCode,
        IReadOnlyList<string> numbers, CancellationToken ct)
    {
        var found = new Dictionary<string, long>();
        foreach (var chunk in numbers.Chunk(500))
            foreach (var (no, id) in await c.QueryAsync<(string, long)>(new CommandDefinition(_selectHouseholds,
                         new { VillageCode = villageCode, Numbers = chunk }, tx, cancellationToken: ct)))
                found[no] = id;
        return found;
    }

    /// <summary>
    /// The person with this phone when they may watch a point of the village: someone registered in it (a villager)
    /// or one of its grid workers. Anyone else, or no one, is null alike, so the import does not tell who holds a number.
    /// </summary>
    public async Task<long?> MonitorAsync(DbConnection c, DbTransaction tx, string phone, string villageCode, CancellationToken ct)
    {
        var person = await c.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(SelectPersonByPhone, new { Phone = phone }, tx, cancellationToken: ct));
        if (person is null) return null;
        if (person.Role == Roles.Villager && person.RegionCode == villageCode) return person.Id;
        var workers = await people.GridWorkersOfAsync(c, tx, villageCode, ct);
        return workers.Any(w => w.Id == person.Id) ? person.Id : null;
    }

    public Task<long?> ShelterAsync(DbConnection c, DbTransaction tx, string villageCode, string name, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(SelectShelter, new { VillageCode = villageCode, Name = name }, tx, cancellationToken: ct));
}
