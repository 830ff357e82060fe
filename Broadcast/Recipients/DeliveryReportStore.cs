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
    // What each figure counts, the one definition for the API's coverage and the console's progress. A help request
    // is a reply "2" / 需要帮助 to this warning (WarningReplyStore); a row in doubt may have reached its provider
    // without our learning the outcome (deliveries.in_doubt, state unknown); a possible duplicate was resent after no
    // receipt came for a send in doubt, so its person may hold two copies (deliveries.possible_duplicate).
    private const string Figures = """
        COUNT(*) AS targeted,
        COUNT(*) FILTER (WHERE sent_utc IS NOT NULL OR state IN ('sent', 'delivered')) AS sent,
        COUNT(*) FILTER (WHERE delivered_utc IS NOT NULL OR state = 'delivered') AS delivered,
        COUNT(*) FILTER (WHERE acknowledged_utc IS NOT NULL) AS acknowledged,
        COUNT(*) FILTER (WHERE help_requested_utc IS NOT NULL) AS help_requested,
        COUNT(*) FILTER (WHERE state IN ('failed', 'unreachable')) AS failed,
        COUNT(*) FILTER (WHERE state = 'unknown' OR in_doubt = 1) AS in_doubt,
        COUNT(*) FILTER (WHERE state IN ('pending', 'sending')) AS waiting,
        COUNT(*) FILTER (WHERE possible_duplicate = 1) AS possible_duplicates
        """;
    private const string Coverage = $"""
        SELECT d.village_code, r.name AS village_name, d.targeted, d.sent, d.delivered, d.acknowledged
        FROM (SELECT village_code, {Figures}
              FROM deliveries WHERE warning_id = @WarningId GROUP BY village_code) d
        LEFT JOIN regions r ON r.code = d.village_code
        ORDER BY d.village_code
        """;
    private const string TotalFigures = $"SELECT 'total' AS key, {Figures} FROM deliveries WHERE warning_id = @WarningId";
    private const string VillageFigures = $"""
        SELECT d.*, r.name
        FROM (SELECT village_code AS key, {Figures} FROM deliveries WHERE warning_id = @WarningId GROUP BY village_code) d
        LEFT JOIN regions r ON r.code = d.key
        ORDER BY d.key
        """;
    private const string ChannelFigures = $"""
        SELECT COALESCE(channel, 'unassigned') AS key, {Figures}
        FROM deliveries WHERE warning_id = @WarningId GROUP BY channel ORDER BY key
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

    /// <summary>The live figures of the warning page: totals, per village and per channel.</summary>
    public async Task<WarningProgress> ProgressAsync(long warningId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var args = new { WarningId = warningId };
        var total = await c.QuerySingleAsync<DeliveryFigures>(new CommandDefinition(TotalFigures, args, cancellationToken: ct));
        var villages = await c.QueryAsync<DeliveryFigures>(new CommandDefinition(VillageFigures, args, cancellationToken: ct));
        var channels = await c.QueryAsync<DeliveryFigures>(new CommandDefinition(ChannelFigures, args, cancellationToken: ct));
        return new WarningProgress(total, villages.AsList(), channels.AsList());
    }

    private static async Task<Dictionary<string, long>> CountsAsync(System.Data.Common.DbConnection c, string sql, object args, CancellationToken ct) =>
        (await c.QueryAsync<(string Key, long Count)>(new CommandDefinition(sql, args, cancellationToken: ct)))
            .ToDictionary(r => r.Key, r => r.Count);
}
