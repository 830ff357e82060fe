using Alerts.Store.Database;
using Dapper;

namespace Alerts.Broadcast.Recipients;

/// <summary>Counts over a warning's <c>deliveries</c> rows (index on warning_id, village_code).</summary>
public sealed class DeliveryReportStore(StoreDb db)
{
    private const string ByState =
        "SELECT state AS key, COUNT(*) AS count FROM deliveries WHERE warning_id = @WarningId GROUP BY state ORDER BY state";
    // A row has no channel until dispatch picks one.
    private const string ByChannel = """
        SELECT COALESCE(channel, 'unassigned') AS key, COUNT(*) AS count FROM deliveries
        WHERE warning_id = @WarningId GROUP BY channel ORDER BY key
        """;
    private const string Coverage = """
        SELECT d.village_code, r.name AS village_name, d.targeted, d.sent, d.delivered, d.acknowledged
        FROM (SELECT village_code, COUNT(*) AS targeted,
                     SUM(sent_utc IS NOT NULL OR state IN ('sent', 'delivered')) AS sent,
                     SUM(delivered_utc IS NOT NULL OR state = 'delivered') AS delivered,
                     SUM(acknowledged_utc IS NOT NULL) AS acknowledged
              FROM deliveries WHERE warning_id = @WarningId GROUP BY village_code) d
        LEFT JOIN regions r ON r.code = d.village_code
        ORDER BY d.village_code
        """;

    public async Task<DeliveryReport> ReportAsync(long warningId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var args = new { WarningId = warningId };
        var states = await CountsAsync(c, ByState, args, ct);
        var channels = await CountsAsync(c, ByChannel, args, ct);
        var villages = (await c.QueryAsync<VillageCoverage>(new CommandDefinition(Coverage, args, cancellationToken: ct))).AsList();
        return new DeliveryReport(states.Values.Sum(), states, channels, villages);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(System.Data.Common.DbConnection c, string sql, object args, CancellationToken ct) =>
        (await c.QueryAsync<(string Key, long Count)>(new CommandDefinition(sql, args, cancellationToken: ct)))
            .ToDictionary(r => r.Key, r => r.Count);
}
