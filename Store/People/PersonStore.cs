using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Store.People;

public sealed class PersonStore(StoreDb db)
{
    private const string Columns = """
        id, household_id, name, role, region_code, department, phone, wechat_openid, sms_opted_out,
        is_elderly, is_disabled, lives_alone, wechat_unfollowed_utc, consented_utc, created_utc
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

    private const string InsertPerson = """
        INSERT INTO people (household_id, name, role, region_code, phone, wechat_openid, is_elderly, is_disabled,
                            lives_alone, consented_utc, created_utc)
        VALUES (@HouseholdId, @Name, 'villager', @RegionCode, @Phone, @WechatOpenid, @IsElderly, @IsDisabled, @LivesAlone,
                @ConsentedUtc, @CreatedUtc)
        RETURNING id
        """;
    private const string SetOpenid = "UPDATE people SET wechat_openid = @Openid, wechat_unfollowed_utc = NULL WHERE id = @Id";
    private const string SetPhone = "UPDATE people SET phone = @Phone, sms_opted_out = 0 WHERE id = @Id";
    private const string SetConsent = "UPDATE people SET consented_utc = @At WHERE id = @Id";

    public Task<Person?> GetAsync(long id, CancellationToken ct) => SingleAsync(SelectById, new { Id = id }, ct);

    public Task<Person?> FindByPhoneAsync(string phone, CancellationToken ct) =>
        SingleAsync(SelectByPhone, new { Phone = phone }, ct);

    public Task<Person?> FindByOpenidAsync(string openid, CancellationToken ct) =>
        SingleAsync(SelectByOpenid, new { Openid = openid }, ct);

    /// <summary>The grid workers (网格员) assigned to a village.</summary>
    public async Task<IReadOnlyList<Person>> GridWorkersOfAsync(string villageCode, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await GridWorkersOfAsync(c, null, villageCode, ct);
    }

    public async Task<IReadOnlyList<Person>> GridWorkersOfAsync(DbConnection c, DbTransaction? tx, string villageCode,
        CancellationToken ct) =>
        (await c.QueryAsync<Person>(new CommandDefinition(SelectGridWorkers, new { VillageCode = villageCode }, tx, cancellationToken: ct))).AsList();

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

    /// <summary>The person behind a channel address: an openid on WeChat, an E.164 number by SMS.</summary>
    public Task<Person?> FindByAddressAsync(DbConnection c, DbTransaction? tx, bool wechat, string address,
        CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Person>(new CommandDefinition(wechat ? SelectByOpenid : SelectByPhone,
            new { Openid = address, Phone = address }, tx, cancellationToken: ct));

    public Task<Person?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Person>(new CommandDefinition(SelectById, new { Id = id }, tx, cancellationToken: ct));

    public Task<Person?> FindByPhoneAsync(DbConnection c, DbTransaction? tx, string phone, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Person>(new CommandDefinition(SelectByPhone, new { Phone = phone }, tx, cancellationToken: ct));

    /// <summary>Registers a villager who enrolled through the bot; returns the new id.</summary>
    public Task<long> InsertVillagerAsync(DbConnection c, DbTransaction tx, Person p, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(InsertPerson, p, tx, cancellationToken: ct));

    /// <summary>Joins a WeChat openid to a person already known by phone: one person, two channels.</summary>
    public Task LinkOpenidAsync(DbConnection c, DbTransaction tx, long id, string openid, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(SetOpenid, new { Id = id, Openid = openid }, tx, cancellationToken: ct));

    /// <summary>A member of staff bound a new number: warnings and notices go there from now on.</summary>
    public Task SetPhoneAsync(DbConnection c, DbTransaction tx, long id, string phone, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(SetPhone, new { Id = id, Phone = phone }, tx, cancellationToken: ct));

    public Task ConsentAsync(DbConnection c, DbTransaction tx, long id, DateTimeOffset at, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(SetConsent, new { Id = id, At = at }, tx, cancellationToken: ct));

    private async Task<Person?> SingleAsync(string sql, object args, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Person>(new CommandDefinition(sql, args, cancellationToken: ct));
    }
}
