using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Store.Households;

public sealed class HouseholdStore(StoreDb db)
{
    private const string SelectOne = """
        SELECT id, village_code, address, head_name, is_lifted_out, is_monitored, has_dibao, is_tekun, is_low_income,
               created_utc
        FROM households WHERE id = @Id
        """;
    private const string Insert = """
        INSERT INTO households (village_code, address, head_name, created_utc)
        VALUES (@VillageCode, @Address, @HeadName, @Now)
        RETURNING id
        """;
    private const string CountUnder =
        "SELECT COUNT(*) FROM households WHERE village_code >= @From AND village_code < @To";

    public async Task<Household?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Household>(new CommandDefinition(SelectOne, new { Id = id }, cancellationToken: ct));
    }

    public Task<Household?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Household>(new CommandDefinition(SelectOne, new { Id = id }, tx, cancellationToken: ct));

    /// <summary>Registers a household for someone who enrolled through the bot; returns its id.</summary>
    public Task<long> InsertAsync(DbConnection c, DbTransaction tx, string villageCode, string address,
        string headName, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(Insert,
            new { VillageCode = villageCode, Address = address, HeadName = headName, Now = now }, tx, cancellationToken: ct));

    public async Task<long> CountUnderAsync(string prefix, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(CountUnder, new { From = from, To = to }, cancellationToken: ct));
    }
}
