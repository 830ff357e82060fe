using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Outbound;
using Dapper;

namespace Alerts.Broadcast.Outbox;

/// <summary>
/// The delivery outbox as dispatch sees it: each channel's lane leases its due rows in one statement (the lease is the
/// record that their sends are about to begin), renews the lease of what is left of a batch in one statement when
/// it runs short, writes each outcome back, and applies provider receipts. Every write after the claim is fenced by
/// the lease it holds, so a worker that lost its rows to another writes nothing (house style 17).
/// </summary>
/// <remarks>
/// Times go to SQLite as <see cref="UtcText"/> strings, never as DateTimeOffset parameters: Dapper binds those itself
/// (yyyy-MM-dd HH:mm:ss…+00:00), bypassing the Store's type handler, and text comparison of the two forms is wrong.
/// </remarks>
internal sealed partial class DeliveryStore(StoreDb db, TimeProvider time)
{
    private readonly string _claim = db.Engine == StoreEngine.Postgres ? Postgres.Claim : Sqlite.Claim;
    private readonly string _renew = db.Engine == StoreEngine.Postgres ? Postgres.Renew : Sqlite.Renew;

    // The claim and the renewal are the two statements whose best form differs by engine (SqlDialect), side by side.
    internal static class Sqlite
    {
        // Due rows of one lane, of each claimable state, each taken in (priority, id) order along ix_deliveries_lane and
        // cut at the batch size, then merged (one OR over the states made SQLite scan and sort every due row). The
        // unary + keeps SQLite off ix_deliveries_due, which it would otherwise pick for the time range and then sort.
        // SQLite has one writer, so no other claim runs between this statement's read and its write.
        public const string Claim = $"""
            UPDATE deliveries
            SET {ClaimSet}
            WHERE id IN (
                SELECT id FROM (
                    SELECT id, priority FROM (SELECT id, priority FROM deliveries
                        WHERE channel = @Lane AND state = 'pending' AND +next_attempt_utc <= @Now ORDER BY priority, id LIMIT @Batch)
                    UNION ALL
                    SELECT id, priority FROM (SELECT id, priority FROM deliveries
                        WHERE channel = @Lane AND state = 'unknown' AND in_doubt = 1 AND +next_attempt_utc <= @Now
                        ORDER BY priority, id LIMIT @Batch)
                    UNION ALL
                    SELECT id, priority FROM (SELECT id, priority FROM deliveries
                        WHERE channel = @Lane AND state = 'sending' AND lease_until_utc < @Now ORDER BY priority, id LIMIT @Batch))
                ORDER BY priority, id LIMIT @Batch)
            RETURNING {ClaimReturning}
            """;

        // What is left of a batch, still ours, leased again before the lease could run out mid-send (by primary key:
        // the + keeps SQLite from walking every 'sending' row of ix_deliveries_due instead).
        public const string Renew = """
            UPDATE deliveries SET lease_until_utc = @NewLease
            WHERE id IN (SELECT value FROM json_each(@Ids)) AND +state = 'sending' AND lease_until_utc = @Lease
            RETURNING id
            """;
    }

    internal static class Postgres
    {
        // The same three due sets, each row locked as it is chosen and any row another Host is claiming at this moment
        // skipped (FOR UPDATE SKIP LOCKED): Hosts claiming together take different rows and never wait on each other.
        // A set may come up short while another Host claims; those rows are that Host's, and the next round takes what
        // is left.
        public const string Claim = $"""
            WITH pending AS (
                SELECT id, priority FROM deliveries
                WHERE channel = @Lane AND state = 'pending' AND next_attempt_utc <= @Now
                ORDER BY priority, id LIMIT @Batch FOR UPDATE SKIP LOCKED),
            doubtful AS (
                SELECT id, priority FROM deliveries
                WHERE channel = @Lane AND state = 'unknown' AND in_doubt = 1 AND next_attempt_utc <= @Now
                ORDER BY priority, id LIMIT @Batch FOR UPDATE SKIP LOCKED),
            abandoned AS (
                SELECT id, priority FROM deliveries
                WHERE channel = @Lane AND state = 'sending' AND lease_until_utc < @Now
                ORDER BY priority, id LIMIT @Batch FOR UPDATE SKIP LOCKED),
            chosen AS (
                SELECT id AS chosen_id FROM (SELECT * FROM pending UNION ALL SELECT * FROM doubtful UNION ALL SELECT * FROM abandoned) due
                ORDER BY priority, id LIMIT @Batch)
            UPDATE deliveries
            SET {ClaimSet}
            FROM chosen WHERE deliveries.id = chosen.chosen_id
            RETURNING {ClaimReturning}
            """;

        public const string Renew = """
            UPDATE deliveries SET lease_until_utc = @NewLease
            WHERE id = ANY(@Ids) AND state = 'sending' AND lease_until_utc = @Lease
            RETURNING id
            """;
    }

    // A row whose lease ran out while 'sending' (a crash before its outcome was written) comes back in doubt, as does
    // one still in doubt ('unknown' with in_doubt = 1): whoever takes it asks the provider before any resend. The lease
    // is the claim's fencing token: every later write names it, and a Host that lost the row writes nothing.
    private const string ClaimSet = """
        state = 'sending', lease_until_utc = @LeaseUntil, attempts = attempts + 1,
        first_attempt_utc = COALESCE(first_attempt_utc, @Now),
        in_doubt = CASE WHEN state IN ('sending', 'unknown') THEN 1 ELSE in_doubt END
        """;
    private const string ClaimReturning =
        "id, warning_id, person_id, priority, attempts, channel, in_doubt, first_attempt_utc, doubt_since_utc, lease_until_utc";

    private readonly string _selectRecipients = $"""
        SELECT p.id AS person_id, p.region_code, p.wechat_openid, p.wechat_unfollowed_utc, p.phone,
               COALESCE(o.opted_out, p.sms_opted_out) AS sms_opted_out
        FROM people p LEFT JOIN sms_opt_outs o ON o.phone = p.phone
        WHERE p.id {db.Dialect.AnyOf("@Ids")}
        """;
    private readonly string _selectWarnings = $"""
        SELECT id, hazard, event, level, kind, headline, instruction, status, effective_utc, expires_utc
        FROM warnings WHERE id {db.Dialect.AnyOf("@Ids")}
        """;
    // A row moved to another lane starts afresh there: its attempts and first attempt are that lane's own.
    private const string Finish = """
        UPDATE deliveries
        SET state = @State, channel = COALESCE(@MoveTo, channel),
            provider_message_id = COALESCE(@ProviderMessageId, provider_message_id), last_error = @Error,
            sent_utc = CASE WHEN @State = 'sent' THEN @Now ELSE sent_utc END, next_attempt_utc = @NextAttemptUtc,
            lease_until_utc = NULL, in_doubt = @InDoubt,
            possible_duplicate = CASE WHEN @PossibleDuplicate = 1 THEN 1 ELSE possible_duplicate END,
            doubt_since_utc = CASE WHEN @InDoubt = 1 THEN COALESCE(@DoubtSince, doubt_since_utc) END,
            attempts = CASE WHEN @MoveTo IS NULL THEN attempts - @NotAnAttempt ELSE 0 END,
            first_attempt_utc = CASE WHEN @MoveTo IS NULL THEN first_attempt_utc END
        WHERE id = @Id AND state = 'sending' AND lease_until_utc = @Lease
        """;
    // A receipt that came before this outcome was written (EarlyReceiptStore) moves the row on now.
    private const string ApplyEarly = """
        UPDATE deliveries
        SET state = e.state, delivered_utc = CASE WHEN e.state = 'delivered' THEN e.received_utc ELSE deliveries.delivered_utc END,
            last_error = CASE WHEN e.state = 'delivered' THEN deliveries.last_error ELSE e.error_code END
        FROM early_receipts e
        WHERE deliveries.id = @Id AND deliveries.state = 'sent' AND e.channel = deliveries.channel
          AND e.provider_message_id = deliveries.provider_message_id AND e.state IN ('delivered', 'failed', 'unreachable')
        RETURNING deliveries.channel
        """;
    // Rows claimed but never begun (shutdown): back to the queue. The claim's attempt is given back; in_doubt stays
    // as the claim found it, so a row that came in doubt is still reconciled by whoever takes it next.
    private const string Release = """
        UPDATE deliveries SET state = 'pending', lease_until_utc = NULL, attempts = attempts - 1
        WHERE id = @Id AND state = 'sending' AND lease_until_utc = @Lease
        """;

    /// <summary>Leases up to <paramref name="batch"/> due rows of <paramref name="lane"/>'s channel for
    /// <paramref name="lease"/>, with what sending needs.</summary>
    public async Task<ClaimedBatch> ClaimAsync(string lane, int batch, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        List<ClaimedDelivery> rows;
        await using (var tx = await c.BeginTransactionAsync(ct))
        {
            rows = (await c.QueryAsync<ClaimedDelivery>(new CommandDefinition(_claim,
                new { Lane = lane, Now = UtcText.Format(now), LeaseUntil = UtcText.Format(now + lease), Batch = batch }, tx,
                cancellationToken: ct))).AsList();
            await tx.CommitAsync(ct);
        }

        if (rows.Count == 0) return ClaimedBatch.Empty;
        rows.Sort((a, b) => a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : a.Id.CompareTo(b.Id));
        var recipients = await c.QueryAsync<DeliveryRecipient>(new CommandDefinition(_selectRecipients,
            new { Ids = rows.Select(r => r.PersonId).Distinct().ToArray() }, cancellationToken: ct));
        var warnings = await c.QueryAsync<DeliveryWarning>(new CommandDefinition(_selectWarnings,
            new { Ids = rows.Select(r => r.WarningId).Distinct().ToArray() }, cancellationToken: ct));
        return new ClaimedBatch(rows, recipients.ToDictionary(r => r.PersonId), warnings.ToDictionary(w => w.Id));
    }

    /// <summary>
    /// Leases <paramref name="ids"/> again for <paramref name="leaseFor"/>, one statement for all. Returns the new lease
    /// and the rows still ours (a row taken over by another worker must not be sent by this one).
    /// </summary>
    public async Task<(DateTimeOffset Lease, IReadOnlySet<long> Ours)> RenewAsync(IReadOnlyCollection<long> ids,
        DateTimeOffset lease, TimeSpan leaseFor, CancellationToken ct)
    {
        var newLease = time.GetUtcNow() + leaseFor;
        // Leases are fencing tokens: a renewal must never produce the value it replaces.
        if (newLease <= lease) newLease = lease.AddTicks(1);
        await using var c = await db.OpenAsync(ct);
        var ours = await c.QueryAsync<long>(new CommandDefinition(_renew, new
        {
            Ids = db.Dialect.ListOf(ids), Lease = UtcText.Format(lease), NewLease = UtcText.Format(newLease),
        }, cancellationToken: ct));
        return (newLease, ours.ToHashSet());
    }

    /// <summary>Writes an attempt's outcome; false when the row is no longer ours (someone took it over).</summary>
    public async Task<bool> FinishAsync(long id, DateTimeOffset lease, DeliveryOutcome outcome, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var finished = await work.Connection.ExecuteAsync(new CommandDefinition(Finish, new
        {
            Id = id, Lease = UtcText.Format(lease), outcome.State, outcome.MoveTo, outcome.ProviderMessageId,
            outcome.Error, NextAttemptUtc = UtcText.Format(outcome.NextAttemptUtc), outcome.InDoubt,
            NotAnAttempt = outcome.NotAnAttempt ? 1 : 0, PossibleDuplicate = outcome.PossibleDuplicate ? 1 : 0,
            DoubtSince = outcome.DoubtSince is { } since ? UtcText.Format(since) : null,
            Now = UtcText.Format(time.GetUtcNow()),
        }, work.Transaction, cancellationToken: ct)) == 1;
        if (finished && outcome is { State: DeliveryStates.Sent, ProviderMessageId: { } providerId }
            && await work.Connection.ExecuteScalarAsync<string?>(new CommandDefinition(ApplyEarly, new { Id = id },
                work.Transaction, cancellationToken: ct)) is { } channel)
        {
            await work.Connection.ExecuteAsync(new CommandDefinition(EarlyReceiptStore.Forget,
                new { Channel = channel, ProviderMessageId = providerId }, work.Transaction, cancellationToken: ct));
        }

        await work.CommitAsync(ct);
        return finished;
    }

    /// <summary>Puts rows that were claimed but never begun back in the queue.</summary>
    public async Task ReleaseAsync(IEnumerable<(long Id, DateTimeOffset Lease)> rows, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        foreach (var (id, lease) in rows)
        {
            await c.ExecuteAsync(new CommandDefinition(Release, new { Id = id, Lease = UtcText.Format(lease) }, tx, cancellationToken: ct));
        }

        await tx.CommitAsync(ct);
    }
}
