using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Outbound;

/// <summary>The log of outbound messages: what was sent to whom, the provider's id, and the latest status.</summary>
public sealed class OutboundMessageStore(StoreDb db, TimeProvider time)
{
    private const string Columns = """
        id, channel, address, text, idempotency_key, purpose, state, provider_message_id, provider_status, error_code,
        segments, attempts, created_utc, updated_utc
        """;
    // The idempotency key is unique: asking twice for the same logical message returns the first row.
    private const string Insert = """
        INSERT INTO outbound_messages (channel, address, text, idempotency_key, purpose, state, segments, created_utc,
                                       updated_utc, next_attempt_utc)
        VALUES (@Channel, @Address, @Text, @IdempotencyKey, @Purpose, 'pending', @Segments, @Now, @Now, @NextAttempt)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;
    // The simulator's rows are never sent, so they are written in their final state: no 'pending' row is ever left
    // for a sender to pick up.
    private const string InsertSimulated = """
        INSERT INTO outbound_messages (channel, address, text, idempotency_key, purpose, state, segments, created_utc, updated_utc)
        VALUES (@Channel, @Address, @Text, @IdempotencyKey, @Purpose, 'simulated', @Segments, @Now, @Now)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;
    private const string SelectByKey = $"SELECT {Columns} FROM outbound_messages WHERE idempotency_key = @IdempotencyKey";
    private const string SetOutcome = """
        UPDATE outbound_messages
        SET state = @State, provider_message_id = COALESCE(@ProviderMessageId, provider_message_id),
            provider_status = COALESCE(@ProviderStatus, provider_status), error_code = @ErrorCode, updated_utc = @Now,
            attempts = attempts + @Counted, next_attempt_utc = @NextAttempt
        WHERE id = @Id
        """;
    // A receipt that came before this answer was written (EarlyReceiptStore) moves the message on now.
    private const string ApplyEarly = """
        UPDATE outbound_messages
        SET provider_status = e.provider_status, status_rank = e.status_rank, state = e.state,
            error_code = COALESCE(e.error_code, outbound_messages.error_code), updated_utc = @Now
        FROM early_receipts e
        WHERE outbound_messages.id = @Id AND e.channel = outbound_messages.channel
          AND e.provider_message_id = outbound_messages.provider_message_id AND outbound_messages.status_rank < e.status_rank
        RETURNING outbound_messages.channel
        """;
    // Leases due replies to one retrier (the lease is the new next_attempt_utc), so two Hosts never resend the same one.
    // Several Hosts retry at once on PostgreSQL: each skips the rows another is claiming (SqlDialect.SkipLocked).
    private readonly string _claimRetries = $"""
        UPDATE outbound_messages SET next_attempt_utc = @LeaseUntil
        WHERE id IN (SELECT id FROM outbound_messages
                     WHERE state = 'pending' AND purpose = @Purpose AND next_attempt_utc <= @Now
                     ORDER BY next_attempt_utc LIMIT @Batch {db.Dialect.SkipLocked})
        RETURNING {Columns}
        """;
    // Status callbacks arrive late, twice and out of order: a status applies only if it ranks above the current one.
    private const string ApplyStatus = """
        UPDATE outbound_messages
        SET provider_status = @Status, status_rank = @Rank, state = @State, error_code = COALESCE(@ErrorCode, error_code),
            updated_utc = @Now
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId AND status_rank < @Rank
        """;
    // The same, found by our key where the provider echoed it (a send whose answer never came has no provider id yet).
    private const string ApplyStatusByKey = """
        UPDATE outbound_messages
        SET provider_status = @Status, status_rank = @Rank, state = @State, error_code = COALESCE(@ErrorCode, error_code),
            provider_message_id = COALESCE(provider_message_id, @ProviderMessageId), updated_utc = @Now
        WHERE channel = @Channel AND idempotency_key = @Key AND status_rank < @Rank
        """;
    private const string SelectRecent = $"SELECT {Columns} FROM outbound_messages ORDER BY id DESC LIMIT @Limit";
    private const string SelectByProviderId =
        $"SELECT {Columns} FROM outbound_messages WHERE channel = @Channel AND provider_message_id = @ProviderMessageId";

    /// <summary>Records a message about to be sent; returns the row (an existing one for a repeated key).</summary>
    public async Task<OutboundRecord> RecordAsync(string channel, string address, string text, string idempotencyKey,
        string purpose, int? segments, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(Insert, new
        {
            Channel = channel, Address = address, Text = text, IdempotencyKey = idempotencyKey, Purpose = purpose,
            Segments = segments, Now = time.GetUtcNow(), NextAttempt = (DateTimeOffset?)null,
        }, cancellationToken: ct));
        return await c.QuerySingleAsync<OutboundRecord>(new CommandDefinition(SelectByKey, new { IdempotencyKey = idempotencyKey }, cancellationToken: ct));
    }

    /// <summary>
    /// Records a message to be sent once <paramref name="work"/> commits, pending with a retry time: whoever committed
    /// it sends it at once (asking <see cref="RecordAsync"/> for the same key finds this row); if that process dies
    /// first, the retrier claims the row at <paramref name="retryAt"/>. A repeated key records nothing.
    /// </summary>
    public Task RecordPendingAsync(UnitOfWork work, string channel, string address, string text, string idempotencyKey,
        string purpose, int? segments, DateTimeOffset retryAt, CancellationToken ct) =>
        work.Connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            Channel = channel, Address = address, Text = text, IdempotencyKey = idempotencyKey, Purpose = purpose,
            Segments = segments, Now = time.GetUtcNow(), NextAttempt = (DateTimeOffset?)retryAt,
        }, work.Transaction, cancellationToken: ct));

    /// <summary>Records a message that is shown, never sent; a repeated key records nothing.</summary>
    public async Task RecordSimulatedAsync(string channel, string address, string text, string idempotencyKey,
        string purpose, int? segments, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(InsertSimulated, new
        {
            Channel = channel, Address = address, Text = text, IdempotencyKey = idempotencyKey, Purpose = purpose,
            Segments = segments, Now = time.GetUtcNow(),
        }, cancellationToken: ct));
    }

    /// <summary>Records one attempt's outcome; a pending row with <paramref name="retryAt"/> is tried again then.</summary>
    /// <param name="counted">False when the provider never tried (a per-number window): the try is not used up.</param>
    public async Task SetOutcomeAsync(long id, string state, string? providerMessageId, string? providerStatus,
        string? errorCode, DateTimeOffset? retryAt, CancellationToken ct, bool counted = true)
    {
        await using var work = await db.BeginAsync(ct);
        await work.Connection.ExecuteAsync(new CommandDefinition(SetOutcome, new
        {
            Id = id, State = state, ProviderMessageId = providerMessageId, ProviderStatus = providerStatus,
            ErrorCode = errorCode, Now = time.GetUtcNow(), NextAttempt = retryAt, Counted = counted ? 1 : 0,
        }, work.Transaction, cancellationToken: ct));
        if (state == "sent" && providerMessageId is not null)
        {
            var channel = await work.Connection.ExecuteScalarAsync<string?>(new CommandDefinition(ApplyEarly,
                new { Id = id, Now = time.GetUtcNow() }, work.Transaction, cancellationToken: ct));
            if (channel is not null)
                await work.Connection.ExecuteAsync(new CommandDefinition(EarlyReceiptStore.Forget,
                    new { Channel = channel, ProviderMessageId = providerMessageId }, work.Transaction, cancellationToken: ct));
        }

        await work.CommitAsync(ct);
    }

    /// <summary>Pending messages of one purpose whose retry time has come, leased for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<OutboundRecord>> ClaimRetriesAsync(string purpose, int batch, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<OutboundRecord>(new CommandDefinition(_claimRetries,
            new { Purpose = purpose, Now = now, LeaseUntil = now + lease, Batch = batch }, cancellationToken: ct))).AsList();
    }

    /// <summary>Applies a provider receipt; returns false when it was stale or about an unknown message.</summary>
    public async Task<bool> ApplyStatusAsync(string channel, string providerMessageId, string status, int rank,
        string state, string? errorCode, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var applied = await ApplyStatusAsync(work, channel, providerMessageId, status, rank, state, errorCode, ct);
        await work.CommitAsync(ct);
        return applied;
    }

    /// <summary>As the other overload, inside <paramref name="work"/> (the turn of the push that carried the receipt).</summary>
    public async Task<bool> ApplyStatusAsync(UnitOfWork work, string channel, string providerMessageId, string status,
        int rank, string state, string? errorCode, CancellationToken ct) =>
        await work.Connection.ExecuteAsync(new CommandDefinition(ApplyStatus, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, Status = status, Rank = rank, State = state,
            ErrorCode = errorCode, Now = time.GetUtcNow(),
        }, work.Transaction, cancellationToken: ct)) == 1;

    /// <summary>As <see cref="ApplyStatusAsync(UnitOfWork, string, string, string, int, string, string?, CancellationToken)"/>,
    /// finding the message by our idempotency key as the provider echoed it.</summary>
    public async Task<bool> ApplyStatusByKeyAsync(UnitOfWork work, string channel, string key, string providerMessageId,
        string status, int rank, string state, string? errorCode, CancellationToken ct) =>
        await work.Connection.ExecuteAsync(new CommandDefinition(ApplyStatusByKey, new
        {
            Channel = channel, Key = key, ProviderMessageId = providerMessageId, Status = status, Rank = rank, State = state,
            ErrorCode = errorCode, Now = time.GetUtcNow(),
        }, work.Transaction, cancellationToken: ct)) == 1;

    public async Task<OutboundRecord?> FindByProviderIdAsync(string channel, string providerMessageId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<OutboundRecord>(new CommandDefinition(SelectByProviderId,
            new { Channel = channel, ProviderMessageId = providerMessageId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<OutboundRecord>> RecentAsync(int limit, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<OutboundRecord>(new CommandDefinition(SelectRecent, new { Limit = limit }, cancellationToken: ct))).AsList();
    }
}
