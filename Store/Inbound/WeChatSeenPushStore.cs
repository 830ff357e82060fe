using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Inbound;

/// <summary>
/// The signed (timestamp, nonce) pairs of plaintext WeChat pushes and the body each came with, shared by every Host
/// instance on the database, so a pair is bound to its first body wherever it arrives.
/// </summary>
public sealed class WeChatSeenPushStore
{
    private const string Prune = "DELETE FROM wechat_seen_pushes WHERE seen_utc < @PruneBefore";
    private const string Insert = """
        INSERT INTO wechat_seen_pushes (timestamp, nonce, body_sha256, seen_utc)
        VALUES (@Timestamp, @Nonce, @BodySha256, @SeenUtc)
        ON CONFLICT (timestamp, nonce) DO NOTHING
        """;
    private const string SelectBody = "SELECT body_sha256 FROM wechat_seen_pushes WHERE timestamp = @Timestamp AND nonce = @Nonce";

    /// <summary>
    /// Records the pair with its body hash unless it is already known, and says which it was, inside
    /// <paramref name="work"/> (the push's turn, so it costs no write of its own; IMMEDIATE, so two deliveries of one
    /// pair on two instances are decided one after the other). Rows seen before <paramref name="pruneBefore"/> are
    /// deleted in the same transaction, so the table stays the size of the window.
    /// </summary>
    public async Task<PushSighting> RecordAsync(UnitOfWork work, string timestamp, string nonce, string bodySha256,
        DateTimeOffset seenUtc, DateTimeOffset pruneBefore, CancellationToken ct)
    {
        var (c, tx) = (work.Connection, work.Transaction);
        await c.ExecuteAsync(new CommandDefinition(Prune, new { PruneBefore = pruneBefore }, tx, cancellationToken: ct));
        var key = new { Timestamp = timestamp, Nonce = nonce, BodySha256 = bodySha256, SeenUtc = seenUtc };
        if (await c.ExecuteAsync(new CommandDefinition(Insert, key, tx, cancellationToken: ct)) == 1) return PushSighting.First;
        var first = await c.QuerySingleAsync<string>(new CommandDefinition(SelectBody, key, tx, cancellationToken: ct));
        return first == bodySha256 ? PushSighting.SameBody : PushSighting.OtherBody;
    }
}
