using Alerts.Store.Audit;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.People;

/// <summary>What the channels tell us about reaching someone: WeChat follows and unfollows, SMS opt-outs.</summary>
public sealed class ReachabilityStore(StoreDb db, AuditStore audit, TimeProvider time)
{
    private const string SetUnfollowed =
        "UPDATE people SET wechat_unfollowed_utc = @At WHERE wechat_openid = @Openid";
    private const string SetFollowed =
        "UPDATE people SET wechat_unfollowed_utc = NULL WHERE wechat_openid = @Openid";
    private const string UpsertOptOut = """
        INSERT INTO sms_opt_outs (phone, opted_out, updated_utc) VALUES (@Phone, @OptedOut, @At)
        ON CONFLICT (phone) DO UPDATE SET opted_out = excluded.opted_out, updated_utc = excluded.updated_utc
        """;
    private const string SetPersonOptOut = "UPDATE people SET sms_opted_out = @OptedOut WHERE phone = @Phone";
    private const string SelectOptedOut = """
        SELECT COALESCE((SELECT opted_out FROM sms_opt_outs WHERE phone = @Phone),
                        (SELECT sms_opted_out FROM people WHERE phone = @Phone), 0)
        """;

    /// <summary>Unfollowed (false) or followed again (true) the Official Account, inside <paramref name="work"/>.</summary>
    public Task SetWeChatFollowingAsync(UnitOfWork work, string openid, bool following, CancellationToken ct) =>
        work.Connection.ExecuteAsync(new CommandDefinition(following ? SetFollowed : SetUnfollowed,
            new { Openid = openid, At = time.GetUtcNow() }, work.Transaction, cancellationToken: ct));

    /// <summary>Records STOP/TD/退订 (true) or START/订阅 (false) for a number, known to us or not.</summary>
    public async Task SetSmsOptOutAsync(string phone, bool optedOut, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        await SetSmsOptOutAsync(work, phone, optedOut, ct);
        await work.CommitAsync(ct);
    }

    /// <summary>As the other overload, inside <paramref name="work"/> (the turn of the message that said it).</summary>
    public async Task SetSmsOptOutAsync(UnitOfWork work, string phone, bool optedOut, CancellationToken ct)
    {
        var (c, tx, at) = (work.Connection, work.Transaction, time.GetUtcNow());
        await c.ExecuteAsync(new CommandDefinition(UpsertOptOut, new { Phone = phone, OptedOut = optedOut, At = at }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(SetPersonOptOut, new { Phone = phone, OptedOut = optedOut }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, "sms:" + phone, optedOut ? "sms_opt_out" : "sms_opt_in", "phone:" + phone, null, ct);
    }

    public async Task<bool> IsSmsOptedOutAsync(string phone, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(SelectOptedOut, new { Phone = phone }, cancellationToken: ct));
    }
}
