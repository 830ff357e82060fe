using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Summary;

public sealed class SummaryStore(StoreDb db, TimeProvider time)
{
    private const string Select = """
        SELECT
            (SELECT COUNT(*) FROM regions WHERE level = 4) AS towns,
            (SELECT COUNT(*) FROM regions WHERE level = 5) AS villages,
            (SELECT COUNT(*) FROM households) AS households,
            (SELECT COUNT(*) FROM people WHERE role = 'villager') AS villagers,
            (SELECT COUNT(*) FROM people WHERE role = 'grid_worker') AS grid_workers,
            (SELECT COUNT(*) FROM people WHERE role = 'official') AS officials,
            (SELECT COUNT(*) FROM reports WHERE status = 'submitted') AS reports_waiting,
            (SELECT COUNT(*) FROM reports WHERE status = 'confirmed') AS reports_confirmed,
            (SELECT COUNT(*) FROM monitoring_candidates WHERE status = 'candidate') AS candidates,
            (SELECT COUNT(*) FROM monitoring_candidates WHERE status = 'candidate' AND deadline_on < @Today) AS candidates_overdue,
            (SELECT COUNT(*) FROM warnings WHERE status = 'published' AND expires_utc > @Now) AS warnings_in_force,
            (SELECT COUNT(*) FROM warnings WHERE status = 'awaiting_approval') AS warnings_awaiting_approval
        """;

    public async Task<StoreSummary> GetAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var now = time.GetUtcNow();
        // Deadlines are Beijing dates.
        var today = BeijingTime.Today(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await c.QuerySingleAsync<StoreSummary>(new CommandDefinition(Select, new { Now = now, Today = today }, cancellationToken: ct));
    }
}
