using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Inbound;

/// <summary>
/// The signed (timestamp, nonce) pairs of plaintext WeChat pushes and the body each came with, shared by every Host
/// instance on the database, so a pair is bound to its first body wherever it arrives.
/// </summary>
public sealed class WeChatSeenPushStore(StoreDb db)
{
    private const string Prune = "DELETE FROM wechat_seen_pushes WHERE seen_utc < @PruneBefore";
    private const string Insert = """
        INSERT INTO wechat_seen_pushes (timestamp, nonce, body_sha256, seen_utc)
        VALUES (@Timestamp, @Nonce, @BodySha256, @SeenUtc)
        ON CONFLICT (timestamp, nonce) DO NOTHING
        """;
    private const string SelectBody = "SELECT body_sha256 FROM wechat_seen_pushes WHERE timestamp = @Timestamp AND nonce = @Nonce";

    /// <summary>
    /// Records the pair with its body hash unless it is already known, and says which it was. Rows seen before
    /// <paramref name="pruneBefore"/> are deleted in the same transaction, so the table stays the size of the window.
    /// </summary>
    public async Task<PushSighting> RecordAsync(string timestamp, string nonce, string bodySha256, DateTimeOffset seenUtc,
        DateTimeOffset pruneBefore, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        // IMMEDIATE: two deliveries of one pair on two instances are decided one after the other.
        await using var tx = c.BeginTransaction();
        await c.ExecuteAsync(new CommandDefinition(Prune, new { PruneBefore = pruneBefore }, tx, cancellationToken: ct));
        var key = new { Timestamp = timestamp, Nonce = nonce, BodySha256 = bodySha256, SeenUtc = seenUtc };
        var inserted = await c.ExecuteAsync(new CommandDefinition(Insert, key, tx, cancellationToken: ct));
        var sighting = PushSighting.First;
        if (inserted == 0)
        {
            var first = await c.QuerySingleAsync<string>(new CommandDefinition(SelectBody, key, tx, cancellationToken: ct));
            sighting = first == bodySha256 ? PushSighting.SameBody : PushSighting.OtherBody;
        }
        await tx.CommitAsync(ct);
        return sighting;
    }
}
