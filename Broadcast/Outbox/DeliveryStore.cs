using Alerts.Store.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Broadcast.Outbox;

/// <summary>
/// The delivery outbox as dispatch sees it: lease due rows in one statement, renew a row's lease as its send begins,
/// write each outcome back, and apply provider receipts. Every write after the claim is fenced by the lease it
/// holds, so a worker that lost its row to another writes nothing (house style 17).
/// </summary>
/// <remarks>
/// Times go to SQLite as <see cref="UtcText"/> strings, never as DateTimeOffset parameters: Dapper binds those itself
/// (yyyy-MM-dd HH:mm:ss…+00:00), bypassing the Store's type handler, and text comparison of the two forms is wrong.
/// </remarks>
internal sealed partial class DeliveryStore(StoreDb db, TimeProvider time)
{
    // Due rows of each claimable state, each taken in (priority, id) order along ix_deliveries_claim and cut at the
    // batch size, then merged. One OR over the three states made SQLite scan and sort every due row on each claim.
    // A row whose lease ran out while 'sending' (a crash mid-send) or that is 'unknown' comes back in doubt.
    private const string Claim = """
        UPDATE deliveries
        SET state = 'sending', lease_until_utc = @LeaseUntil, attempts = attempts + 1,
            first_attempt_utc = COALESCE(first_attempt_utc, @Now),
            in_doubt = CASE WHEN state IN ('sending', 'unknown') THEN 1 ELSE in_doubt END
        WHERE id IN (
            SELECT id FROM (
                SELECT id, priority FROM (SELECT id, priority FROM deliveries
                    WHERE state = 'pending' AND next_attempt_utc <= @Now ORDER BY priority, id LIMIT @Batch)
                UNION ALL
                SELECT id, priority FROM (SELECT id, priority FROM deliveries
                    WHERE state = 'unknown' AND next_attempt_utc <= @Now AND attempts < @MaxAttempts
                    ORDER BY priority, id LIMIT @Batch)
                UNION ALL
                SELECT id, priority FROM (SELECT id, priority FROM deliveries
                    WHERE state = 'sending' AND lease_until_utc < @Now ORDER BY priority, id LIMIT @Batch))
            ORDER BY priority, id LIMIT @Batch)
        RETURNING id, warning_id, person_id, priority, attempts, channel, in_doubt, first_attempt_utc, lease_until_utc
        """;
    private const string SelectRecipients = """
        SELECT p.id AS person_id, p.wechat_openid, p.wechat_unfollowed_utc, p.phone,
               COALESCE(o.opted_out, p.sms_opted_out) AS sms_opted_out
        FROM people p LEFT JOIN sms_opt_outs o ON o.phone = p.phone
        WHERE p.id IN @Ids
        """;
    private const string SelectWarnings = """
        SELECT id, hazard, event, level, kind, headline, instruction, status, effective_utc, expires_utc
        FROM warnings WHERE id IN @Ids
        """;
    // Written just before the provider is called: the channel we are about to use (what a crash leaves in doubt) and a
    // fresh lease covering the send.
    private const string Begin = """
        UPDATE deliveries SET channel = @Channel, lease_until_utc = @NewLease
        WHERE id = @Id AND state = 'sending' AND lease_until_utc = @Lease
        """;
    private const string Finish = """
        UPDATE deliveries
        SET state = @State, channel = COALESCE(@Channel, channel),
            provider_message_id = COALESCE(@ProviderMessageId, provider_message_id), last_error = @Error,
            sent_utc = CASE WHEN @State = 'sent' THEN @Now ELSE sent_utc END, next_attempt_utc = @NextAttemptUtc,
            lease_until_utc = NULL, in_doubt = @InDoubt, attempts = attempts - @NotAnAttempt
        WHERE id = @Id AND state = 'sending' AND lease_until_utc = @Lease
        """;
    // Rows claimed but never begun (shutdown): back to the queue. The claim's attempt is given back; in_doubt stays
    // as the claim found it, so a row that came in doubt is still reconciled by whoever takes it next.
    private const string Release = """
        UPDATE deliveries SET state = 'pending', lease_until_utc = NULL, attempts = attempts - 1
        WHERE id = @Id AND state = 'sending' AND lease_until_utc = @Lease
        """;

    /// <summary>Leases up to <paramref name="batch"/> due rows for <paramref name="lease"/>, with what sending needs.</summary>
    public async Task<ClaimedBatch> ClaimAsync(int batch, TimeSpan lease, int maxAttempts, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        List<ClaimedDelivery> rows;
        await using (var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct))
        {
            rows = (await c.QueryAsync<ClaimedDelivery>(new CommandDefinition(Claim,
                new { Now = UtcText.Format(now), LeaseUntil = UtcText.Format(now + lease), Batch = batch, MaxAttempts = maxAttempts }, tx,
                cancellationToken: ct))).AsList();
            await tx.CommitAsync(ct);
        }

        if (rows.Count == 0) return ClaimedBatch.Empty;
        rows.Sort((a, b) => a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : a.Id.CompareTo(b.Id));
        var recipients = await c.QueryAsync<DeliveryRecipient>(new CommandDefinition(SelectRecipients,
            new { Ids = rows.Select(r => r.PersonId).Distinct().ToArray() }, cancellationToken: ct));
        var warnings = await c.QueryAsync<DeliveryWarning>(new CommandDefinition(SelectWarnings,
            new { Ids = rows.Select(r => r.WarningId).Distinct().ToArray() }, cancellationToken: ct));
        return new ClaimedBatch(rows, recipients.ToDictionary(r => r.PersonId), warnings.ToDictionary(w => w.Id));
    }

    /// <summary>
    /// Records that a send on <paramref name="channel"/> is about to start and extends the lease to cover it.
    /// Returns the new lease, or null when the row is no longer ours (do not send).
    /// </summary>
    public async Task<DateTimeOffset?> BeginAsync(long id, DateTimeOffset lease, string channel, TimeSpan leaseFor,
        CancellationToken ct)
    {
        var newLease = time.GetUtcNow() + leaseFor;
        // Leases are fencing tokens: a renewal must never produce the value it replaces.
        if (newLease <= lease) newLease = lease.AddTicks(1);
        await using var c = await db.OpenAsync(ct);
        var changed = await c.ExecuteAsync(new CommandDefinition(Begin,
            new { Id = id, Lease = UtcText.Format(lease), NewLease = UtcText.Format(newLease), Channel = channel }, cancellationToken: ct));
        return changed == 1 ? newLease : null;
    }

    /// <summary>Writes an attempt's outcome; false when the row is no longer ours (someone took it over).</summary>
    public async Task<bool> FinishAsync(long id, DateTimeOffset lease, DeliveryOutcome outcome, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(Finish, new
        {
            Id = id, Lease = UtcText.Format(lease), outcome.State, outcome.Channel, outcome.ProviderMessageId,
            outcome.Error, NextAttemptUtc = UtcText.Format(outcome.NextAttemptUtc), outcome.InDoubt,
            NotAnAttempt = outcome.NotAnAttempt ? 1 : 0,
            Now = UtcText.Format(time.GetUtcNow()),
        }, cancellationToken: ct)) == 1;
    }

    /// <summary>Puts rows that were claimed but never begun back in the queue.</summary>
    public async Task ReleaseAsync(IEnumerable<(long Id, DateTimeOffset Lease)> rows, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        foreach (var (id, lease) in rows)
        {
            await c.ExecuteAsync(new CommandDefinition(Release, new { Id = id, Lease = UtcText.Format(lease) }, tx, cancellationToken: ct));
        }

        await tx.CommitAsync(ct);
    }
}
