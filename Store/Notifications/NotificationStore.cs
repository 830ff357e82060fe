using System.Data.Common;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Notifications;

/// <summary>
/// Messages for people other than the one talking to the bot. Written inside the turn's transaction; a worker
/// leases due rows, sends them and records the outcome. A crash mid-send leaves a lease that runs out.
/// </summary>
public sealed class NotificationStore(StoreDb db, TimeProvider time)
{
    private const string Insert = """
        INSERT INTO notifications (person_id, text, reason, only_channel, purpose, template_data, state, next_attempt_utc,
                                   created_utc)
        VALUES (@PersonId, @Text, @Reason, @OnlyChannel, @Purpose, @TemplateData, 'pending', @Now, @Now)
        """;
    // Several Hosts claim at once on PostgreSQL: each skips the rows another is claiming (SqlDialect.SkipLocked).
    private readonly string _claim = $"""
        UPDATE notifications SET state = 'sending', lease_until_utc = @LeaseUntil, attempts = attempts + 1
        WHERE id IN (SELECT id FROM notifications
                     WHERE (state = 'pending' AND next_attempt_utc <= @Now) OR (state = 'sending' AND lease_until_utc < @Now)
                     ORDER BY id LIMIT @Batch {db.Dialect.SkipLocked})
        RETURNING id
        """;
    private readonly string _selectClaimed = $"""
        SELECT n.id, n.person_id, n.text, n.reason, n.only_channel, n.purpose, n.template_data, n.attempts, p.phone, p.wechat_openid,
               p.wechat_unfollowed_utc IS NOT NULL AS wechat_unfollowed
        FROM notifications n JOIN people p ON p.id = n.person_id
        WHERE n.id {db.Dialect.InList("@Ids")}
        ORDER BY n.id
        """;
    private const string Finish = """
        UPDATE notifications SET state = @State, channel = @Channel, last_error = @Error, lease_until_utc = NULL,
                                 next_attempt_utc = @NextAttempt
        WHERE id = @Id
        """;

    /// <param name="onlyChannel">wechat or sms to send on that channel only (a code to a registered phone, a duty
    /// roster entry's channel); null for the person's best channel.</param>
    /// <param name="code">A one-time code and its lifetime in minutes: the notice is a code, and a provider that sends
    /// approved templates only fills its 验证码 template from these (the text says the same in words).</param>
    public Task InsertAsync(DbConnection c, DbTransaction tx, long personId, string text, string reason,
        DateTimeOffset now, CancellationToken ct, string? onlyChannel = null, (string Code, int Minutes)? code = null) =>
        c.ExecuteAsync(new CommandDefinition(Insert, new
        {
            PersonId = personId, Text = text, Reason = reason, OnlyChannel = onlyChannel, Now = now,
            Purpose = code is null ? "notice" : "code",
            TemplateData = code is { } k ? System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["code"] = k.Code, ["minutes"] = k.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }) : null,
        }, tx, cancellationToken: ct));

    public async Task<IReadOnlyList<NotificationRow>> ClaimAsync(int batch, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        var ids = (await c.QueryAsync<long>(new CommandDefinition(_claim,
            new { Now = now, LeaseUntil = now + lease, Batch = batch }, cancellationToken: ct))).AsList();
        if (ids.Count == 0) return [];
        return (await c.QueryAsync<NotificationRow>(new CommandDefinition(_selectClaimed,
            new { Ids = db.Dialect.ListOf(ids) }, cancellationToken: ct))).AsList();
    }

    /// <summary>Sent or failed for good, or pending again at <paramref name="retryAt"/>.</summary>
    public async Task FinishAsync(long id, string state, string? channel, string? error, DateTimeOffset? retryAt, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(Finish, new
        {
            Id = id, State = state, Channel = channel, Error = error, NextAttempt = retryAt ?? time.GetUtcNow(),
        }, cancellationToken: ct));
    }
}
