using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Store.People;

public sealed class PersonStore(StoreDb db)
{
    private const string Columns = """
        id, household_id, name, role, region_code, department, phone, wechat_openid, sms_opted_out,
        is_elderly, is_disabled, lives_alone, created_utc
        """;
    private const string SelectById = $"SELECT {Columns} FROM people WHERE id = @Id";
    private const string SelectByPhone = $"SELECT {Columns} FROM people WHERE phone = @Phone";
    private const string SelectByOpenid = $"SELECT {Columns} FROM people WHERE wechat_openid = @Openid";
    private const string SelectGridWorkers = $"""
        SELECT {Columns} FROM people
        WHERE id IN (SELECT worker_id FROM grid_assignments WHERE region_code = @VillageCode)
        ORDER BY id
        """;
    private const string CountUnder =
        "SELECT COUNT(*) FROM people WHERE region_code >= @From AND region_code < @To AND role = @Role";
    private const string SelectVillagersIn = $"""
        SELECT {Columns} FROM people
        WHERE region_code = @VillageCode AND role = 'villager'
        ORDER BY name, id
        LIMIT @Limit
        """;

    public Task<Person?> GetAsync(long id, CancellationToken ct) => SingleAsync(SelectById, new { Id = id }, ct);

    public Task<Person?> FindByPhoneAsync(string phone, CancellationToken ct) =>
        SingleAsync(SelectByPhone, new { Phone = phone }, ct);

    public Task<Person?> FindByOpenidAsync(string openid, CancellationToken ct) =>
        SingleAsync(SelectByOpenid, new { Openid = openid }, ct);

    /// <summary>The grid workers (网格员) assigned to a village.</summary>
    public async Task<IReadOnlyList<Person>> GridWorkersOfAsync(string villageCode, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<Person>(new CommandDefinition(SelectGridWorkers, new { VillageCode = villageCode }, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<Person>> VillagersOfAsync(string villageCode, int limit, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<Person>(new CommandDefinition(SelectVillagersIn,
            new { VillageCode = villageCode, Limit = limit }, cancellationToken: ct))).AsList();
    }

    /// <summary>How many people of a role live or work under a division-code prefix.</summary>
    public async Task<long> CountUnderAsync(string prefix, string role, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(CountUnder, new { From = from, To = to, Role = role }, cancellationToken: ct));
    }

    private async Task<Person?> SingleAsync(string sql, object args, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Person>(new CommandDefinition(sql, args, cancellationToken: ct));
    }
}
