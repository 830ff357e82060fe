using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Notifications;

/// <summary>
/// Notifications about one record, for its timeline. Notifications carry no record id, only their text, which always
/// names the record's number ("编号100001", "【求助 H3】"): the caller gives those exact markers. A scan of the table,
/// fine at a county's volume; a subject column would be the next step if it grows.
/// </summary>
public sealed class NotificationQuery(StoreDb db)
{
    private readonly string _select = $"""
        SELECT n.id, p.name AS person_name, n.text, n.reason, n.state, n.channel, n.created_utc,
               CASE WHEN n.state IN ('sent', 'failed') THEN n.next_attempt_utc END AS finished_utc
        FROM notifications n JOIN people p ON p.id = n.person_id
        WHERE n.reason {db.Dialect.InList("@Reasons")}
          AND EXISTS (SELECT 1 FROM {db.Dialect.ListRows("@Markers", "m")} WHERE {db.Dialect.Contains("n.text", "m.value")})
        ORDER BY n.id
        LIMIT 100
        """;

    public async Task<IReadOnlyList<NotificationEntry>> MentioningAsync(IReadOnlyList<string> reasons, IReadOnlyList<string> markers,
        CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<NotificationEntry>(new CommandDefinition(_select, new
        {
            Reasons = db.Dialect.ListOf(reasons), Markers = db.Dialect.ListOf(markers),
        }, cancellationToken: ct))).AsList();
    }
}
