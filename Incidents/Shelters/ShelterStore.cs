using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Incidents.Shelters;

/// <summary>Shelters of villages. Writes join the caller's transaction; reads may open their own connection.</summary>
public sealed class ShelterStore(StoreDb db)
{
    private const string Columns = "id, village_code, name, address, capacity, latitude, longitude, created_utc, updated_utc";
    private const string SelectOne = $"SELECT {Columns} FROM shelters WHERE id = @Id";
    private const string SelectByName = $"SELECT {Columns} FROM shelters WHERE village_code = @Village AND name = @Name";
    private const string SelectUnder = $"""
        SELECT {Columns} FROM shelters WHERE village_code >= @From AND village_code < @To ORDER BY village_code, id
        """;
    private const string SelectPageUnder = $"""
        SELECT {Columns} FROM shelters WHERE village_code >= @From AND village_code < @To ORDER BY village_code, name, id
        LIMIT @Take OFFSET @Skip
        """;
    private const string CountUnder = "SELECT COUNT(*) FROM shelters WHERE village_code >= @From AND village_code < @To";
    private const string AnyShelter = "SELECT EXISTS (SELECT 1 FROM shelters)";
    private const string VillageExists = "SELECT EXISTS (SELECT 1 FROM regions WHERE code = @Village AND level = 5)";
    private const string Insert = """
        INSERT INTO shelters (village_code, name, address, capacity, latitude, longitude, created_utc, updated_utc)
        VALUES (@VillageCode, @Name, @Address, @Capacity, @Latitude, @Longitude, @Now, @Now)
        RETURNING id
        """;
    private const string Update = """
        UPDATE shelters SET name = @Name, address = @Address, capacity = @Capacity, latitude = @Latitude, longitude = @Longitude,
                            updated_utc = @Now
        WHERE id = @Id
        """;

    public async Task<Shelter?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await GetAsync(c, null, id, ct);
    }

    public Task<Shelter?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Shelter>(new CommandDefinition(SelectOne, new { Id = id }, tx, cancellationToken: ct));

    public Task<Shelter?> ByNameAsync(DbConnection c, DbTransaction? tx, string village, string name, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Shelter>(new CommandDefinition(SelectByName, new { Village = village, Name = name }, tx, cancellationToken: ct));

    /// <summary>Shelters of the villages under a place (any level), by village.</summary>
    public async Task<IReadOnlyList<Shelter>> UnderAsync(string place, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await UnderAsync(c, null, place, ct);
    }

    public async Task<IReadOnlyList<Shelter>> UnderAsync(DbConnection c, DbTransaction? tx, string place, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(DivisionCode.Prefix(place));
        return (await c.QueryAsync<Shelter>(new CommandDefinition(SelectUnder, new { From = from, To = to }, tx, cancellationToken: ct))).AsList();
    }

    /// <summary>How many shelters the villages under a place have (for paging).</summary>
    public async Task<long> CountUnderAsync(string place, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(DivisionCode.Prefix(place));
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(CountUnder, new { From = from, To = to }, cancellationToken: ct));
    }

    /// <summary>One page of the shelters under a place, by village (so by town) and name.</summary>
    public async Task<IReadOnlyList<Shelter>> PageUnderAsync(string place, int skip, int take, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(DivisionCode.Prefix(place));
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<Shelter>(new CommandDefinition(SelectPageUnder,
            new { From = from, To = to, Skip = skip, Take = take }, cancellationToken: ct))).AsList();
    }

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(AnyShelter, cancellationToken: ct));
    }

    public Task<bool> VillageExistsAsync(DbConnection c, DbTransaction? tx, string village, CancellationToken ct) =>
        c.ExecuteScalarAsync<bool>(new CommandDefinition(VillageExists, new { Village = village }, tx, cancellationToken: ct));

    public Task<long> InsertAsync(DbConnection c, DbTransaction tx, ShelterInput s, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            s.VillageCode, s.Name, s.Address, s.Capacity, s.Latitude, s.Longitude, Now = now,
        }, tx, cancellationToken: ct));

    /// <summary>Changes a shelter's name, address, capacity and place; its village never changes.</summary>
    public Task UpdateAsync(DbConnection c, DbTransaction tx, long id, ShelterInput s, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(Update, new
        {
            Id = id, s.Name, s.Address, s.Capacity, s.Latitude, s.Longitude, Now = now,
        }, tx, cancellationToken: ct));
}
