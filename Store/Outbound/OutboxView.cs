using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Outbound;

/// <summary>The outbound log read for people: newest first, with the recipient's name looked up by channel address.</summary>
public sealed class OutboxView(StoreDb db)
{
    // One lookup per row on the unique phone or openid index, chosen by channel, rather than a join with an OR that
    // SQLite could not answer from either index. The page shows at most a few hundred rows.
    private const string SelectRecent = """
        SELECT o.id, o.channel, o.address, o.text, o.purpose, o.state, o.created_utc,
               CASE o.channel
                   WHEN 'sms' THEN (SELECT p.name FROM people p WHERE p.phone = o.address)
                   WHEN 'wechat' THEN (SELECT p.name FROM people p WHERE p.wechat_openid = o.address)
               END AS person_name
        FROM outbound_messages o
        WHERE @Channel IS NULL OR o.channel = @Channel
        ORDER BY o.id DESC
        LIMIT @Limit
        """;

    /// <summary>The latest <paramref name="limit"/> messages, of one channel when <paramref name="channel"/> is set.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> RecentAsync(int limit, string? channel, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<OutboxEntry>(new CommandDefinition(SelectRecent,
            new { Limit = limit, Channel = channel }, cancellationToken: ct))).AsList();
    }
}
