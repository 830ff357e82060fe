using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Outbound;

/// <summary>
/// Receipts that found no record yet: the provider reported on a message before its send's answer was written. Kept
/// (the furthest status per message) so that whoever writes that provider id applies it in the same write
/// (<see cref="OutboundMessageStore"/>, the delivery outbox); forgotten after a week.
/// </summary>
public sealed class EarlyReceiptStore(TimeProvider time)
{
    /// <summary>How long a receipt waits for its record: longer than any send's answer can take.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    // Only a receipt that no record has the id of yet: a repeated or out-of-order one, for a record already written, is
    // not kept (it changed nothing, and never will).
    private const string Keep = """
        INSERT INTO early_receipts (channel, provider_message_id, provider_status, status_rank, state, error_code, received_utc)
        SELECT @Channel, @ProviderMessageId, @Status, @Rank, @State, @ErrorCode, @Now
        WHERE NOT EXISTS (SELECT 1 FROM outbound_messages WHERE channel = @Channel AND provider_message_id = @ProviderMessageId)
          AND NOT EXISTS (SELECT 1 FROM deliveries WHERE channel = @Channel AND provider_message_id = @ProviderMessageId)
        ON CONFLICT (channel, provider_message_id) DO UPDATE
        SET provider_status = excluded.provider_status, status_rank = excluded.status_rank, state = excluded.state,
            error_code = excluded.error_code, received_utc = excluded.received_utc
        WHERE excluded.status_rank > early_receipts.status_rank
        """;
    private const string Prune = "DELETE FROM early_receipts WHERE received_utc < @Before";

    /// <summary>SQL for the writers: forgets the receipt of one message once applied.</summary>
    public const string Forget = "DELETE FROM early_receipts WHERE channel = @Channel AND provider_message_id = @ProviderMessageId";

    public async Task KeepAsync(UnitOfWork work, string channel, string providerMessageId, string status, int rank,
        string state, string? errorCode, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await work.Connection.ExecuteAsync(new CommandDefinition(Keep, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, Status = status, Rank = rank, State = state,
            ErrorCode = errorCode, Now = UtcText.Format(now),
        }, work.Transaction, cancellationToken: ct));
        await work.Connection.ExecuteAsync(new CommandDefinition(Prune, new { Before = UtcText.Format(now - KeptFor) },
            work.Transaction, cancellationToken: ct));
    }
}
