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
    private const string CountUnder =
        "SELECT COUNT(*) FROM households WHERE village_code >= @From AND village_code < @To";

    public async Task<Household?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Household>(new CommandDefinition(SelectOne, new { Id = id }, cancellationToken: ct));
    }

    public async Task<long> CountUnderAsync(string prefix, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(CountUnder, new { From = from, To = to }, cancellationToken: ct));
    }
}
