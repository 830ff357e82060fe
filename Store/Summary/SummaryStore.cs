using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Summary;

public sealed class SummaryStore(StoreDb db)
{
    private const string Select = """
        SELECT
            (SELECT COUNT(*) FROM regions WHERE level = 4) AS towns,
            (SELECT COUNT(*) FROM regions WHERE level = 5) AS villages,
            (SELECT COUNT(*) FROM households) AS households,
            (SELECT COUNT(*) FROM people WHERE role = 'villager') AS villagers,
            (SELECT COUNT(*) FROM people WHERE role = 'grid_worker') AS grid_workers,
            (SELECT COUNT(*) FROM people WHERE role = 'official') AS officials
        """;

    public async Task<StoreSummary> GetAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleAsync<StoreSummary>(new CommandDefinition(Select, cancellationToken: ct));
    }
}
