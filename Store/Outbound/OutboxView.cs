using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Outbound;

/// <summary>The outbound log read for people: newest first, with the recipient's name looked up by channel address.</summary>
public sealed class OutboxView(StoreDb db)
{
    // One lookup per row on the unique phone or openid index, chosen by channel, rather than a join with an OR that
    // SQLite could not answer from either index. The page shows at most a few hundred rows.
    // The recipient's region decides who may see a row: only staff whose jurisdiction covers it; messages to addresses
    // that are nobody's (a stranger who never enrolled) only at county level and above (@Unknown).
    private const string SelectRecent = """
        SELECT id, channel, address, text, purpose, state, created_utc, person_name FROM (
            SELECT o.id, o.channel, o.address, o.text, o.purpose, o.state, o.created_utc,
                   CASE o.channel
                       WHEN 'sms' THEN (SELECT p.name FROM people p WHERE p.phone = o.address)
                       WHEN 'wechat' THEN (SELECT p.name FROM people p WHERE p.wechat_openid = o.address)
                   END AS person_name,
                   CASE o.channel
                       WHEN 'sms' THEN (SELECT p.region_code FROM people p WHERE p.phone = o.address)
                       WHEN 'wechat' THEN (SELECT p.region_code FROM people p WHERE p.wechat_openid = o.address)
                   END AS region_code
            FROM outbound_messages o
            WHERE @Channel IS NULL OR o.channel = @Channel
            ORDER BY o.id DESC)
        WHERE (region_code >= @From AND region_code < @To) OR (region_code IS NULL AND @Unknown)
        LIMIT @Limit
        """;

    /// <summary>
    /// The latest <paramref name="limit"/> messages to people under <paramref name="jurisdiction"/> (a division-code
    /// prefix), of one channel when <paramref name="channel"/> is set.
    /// </summary>
    public async Task<IReadOnlyList<OutboxEntry>> RecentAsync(int limit, string? channel, string jurisdiction, CancellationToken ct)
    {
        var (from, to) = Regions.DivisionCode.Range(jurisdiction);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<OutboxEntry>(new CommandDefinition(SelectRecent,
            new { Limit = limit, Channel = channel, From = from, To = to, Unknown = jurisdiction.Length <= 6 }, cancellationToken: ct))).AsList();
    }
}
