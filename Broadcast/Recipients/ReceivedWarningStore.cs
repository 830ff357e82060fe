using System.Data.Common;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Broadcast.Recipients;

/// <summary>What a person has been sent, for the bot: "收到" acknowledges the latest warning the person received.</summary>
public sealed class ReceivedWarningStore(StoreDb db)
{
    // ix_deliveries_person (person_id, sent_utc) answers this with one index seek from the end.
    private const string Latest = """
        SELECT d.id AS delivery_id, d.warning_id, w.headline, w.level, w.kind, w.status, d.sent_utc, d.acknowledged_utc
        FROM deliveries d JOIN warnings w ON w.id = d.warning_id
        WHERE d.person_id = @PersonId AND d.sent_utc IS NOT NULL
        ORDER BY d.sent_utc DESC, d.id DESC
        LIMIT 1
        """;

    /// <summary>The warning most recently sent to the person, or null when nothing was ever sent to them.</summary>
    public async Task<ReceivedWarning?> LatestAsync(long personId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await LatestAsync(c, null, personId, ct);
    }

    public Task<ReceivedWarning?> LatestAsync(DbConnection c, DbTransaction? tx, long personId, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<ReceivedWarning>(new CommandDefinition(Latest, new { PersonId = personId }, tx, cancellationToken: ct));
}
