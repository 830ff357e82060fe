using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Inbound;

/// <summary>
/// What a person said in a window of time, by their chat addresses: the WeChat openid and the E.164 phone that
/// inbound_messages records as the address of each channel (one person, up to two addresses).
/// </summary>
public sealed class InboundHistoryQuery(StoreDb db)
{
    private const int Limit = 200;
    private const string Select = """
        SELECT channel, kind, text, received_utc FROM inbound_messages
        WHERE ((channel = 'wechat' AND address = @Openid) OR (channel = 'sms' AND address = @Phone))
          AND received_utc >= @FromUtc AND received_utc <= @ToUtc
        ORDER BY received_utc
        LIMIT @Limit
        """;

    public async Task<IReadOnlyList<InboundHistoryEntry>> OfAsync(string? openid, string? phone, DateTimeOffset fromUtc,
        DateTimeOffset toUtc, CancellationToken ct)
    {
        if (openid is null && phone is null) return [];
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<InboundHistoryEntry>(new CommandDefinition(Select,
            new { Openid = openid, Phone = phone, FromUtc = fromUtc, ToUtc = toUtc, Limit }, cancellationToken: ct))).AsList();
    }
}
