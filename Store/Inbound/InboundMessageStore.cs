using System.Text.Json;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Store.Inbound;

/// <summary>
/// The record of every inbound provider message id, so that a retry is never processed twice and gets the first
/// answer — also after a restart, and across Host instances sharing the database.
/// </summary>
public sealed class InboundMessageStore(StoreDb db, TimeProvider time)
{
    private const string Insert = """
        INSERT INTO inbound_messages (channel, provider_message_id, address, kind, text, received_utc, state, lease_until_utc)
        VALUES (@Channel, @ProviderMessageId, @Address, @Kind, @Text, @ReceivedUtc, 'processing', @LeaseUntil)
        ON CONFLICT (channel, provider_message_id) DO NOTHING
        """;
    private const string Select = """
        SELECT state, lease_until_utc, reply, reply_via FROM inbound_messages
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId
        """;
    // Takes over a row whose processor died: only if the lease it saw is still the one recorded.
    private const string TakeOver = """
        UPDATE inbound_messages SET lease_until_utc = @LeaseUntil
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId AND state = 'processing'
          AND lease_until_utc = @SeenLease
        """;
    private const string Complete = """
        UPDATE inbound_messages SET state = 'answered', reply = @Reply, reply_via = @ReplyVia
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId
        """;
    // Passive unless the channel already decided, past its budget, that the reply goes through the send API.
    private const string CompleteInTurn = """
        UPDATE inbound_messages SET state = 'answered', reply = @Reply, reply_via = COALESCE(reply_via, 'passive')
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId
        """;
    private const string SetVia = """
        UPDATE inbound_messages SET reply_via = @ReplyVia
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId
        """;
    // The latest exchanges, newest first here and put back in order by the caller's reversal.
    private const string SelectConversation = """
        SELECT provider_message_id, kind, text, received_utc, reply FROM inbound_messages
        WHERE channel = @Channel AND address = @Address
        ORDER BY received_utc DESC
        LIMIT @Limit
        """;
    private const string CountFor = "SELECT COUNT(*) FROM inbound_messages WHERE channel = @Channel AND address = @Address";

    /// <summary>Records the id, or reports what an earlier delivery of it did.</summary>
    public async Task<InboundClaim> ClaimAsync(string channel, string providerMessageId, string address, string kind,
        string? text, DateTimeOffset receivedUtc, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var key = new { Channel = channel, ProviderMessageId = providerMessageId };
        await using var c = await db.OpenAsync(ct);
        var inserted = await c.ExecuteAsync(new CommandDefinition(Insert, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, Address = address, Kind = kind, Text = text,
            ReceivedUtc = receivedUtc, LeaseUntil = now + lease,
        }, cancellationToken: ct));
        if (inserted == 1) return new InboundClaim(InboundClaimState.New, [], null);

        var row = await c.QuerySingleAsync<(string State, string LeaseUntilUtc, string? Reply, string? ReplyVia)>(
            new CommandDefinition(Select, key, cancellationToken: ct));
        if (row.State == "answered")
            return new InboundClaim(InboundClaimState.Answered, Texts(row.Reply), row.ReplyVia);
        if (UtcText.Parse(row.LeaseUntilUtc) > now)
            return new InboundClaim(InboundClaimState.InProgress, [], null);
        var taken = await c.ExecuteAsync(new CommandDefinition(TakeOver, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, LeaseUntil = now + lease, SeenLease = row.LeaseUntilUtc,
        }, cancellationToken: ct));
        return new InboundClaim(taken == 1 ? InboundClaimState.New : InboundClaimState.InProgress, [], null);
    }

    /// <summary>Stores the reply so that retries get the same one.</summary>
    public async Task CompleteAsync(string channel, string providerMessageId, IReadOnlyList<string> reply, string replyVia,
        CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(Complete, new
        {
            Channel = channel, ProviderMessageId = providerMessageId,
            Reply = JsonSerializer.Serialize(reply), ReplyVia = replyVia,
        }, cancellationToken: ct));
    }

    /// <summary>
    /// Marks the message answered inside the turn's own transaction, so the turn's records and "this id is done"
    /// commit together: a crash can never leave a processed message that a retry would process again.
    /// </summary>
    public Task CompleteAsync(SqliteConnection c, SqliteTransaction tx, string channel, string providerMessageId,
        IReadOnlyList<string> reply, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(CompleteInTurn, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, Reply = JsonSerializer.Serialize(reply),
        }, tx, cancellationToken: ct));

    /// <summary>Records that the reply went out through the provider's send API instead of the HTTP answer.</summary>
    public async Task MarkSentLaterAsync(string channel, string providerMessageId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(SetVia,
            new { Channel = channel, ProviderMessageId = providerMessageId, ReplyVia = "send" }, cancellationToken: ct));
    }

    public async Task<long> CountFromAsync(string channel, string address, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(CountFor, new { Channel = channel, Address = address }, cancellationToken: ct));
    }

    /// <summary>The last <paramref name="limit"/> messages from one address and their replies, oldest first.</summary>
    public async Task<IReadOnlyList<InboundExchange>> ConversationAsync(string channel, string address, int limit,
        CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var rows = await c.QueryAsync<(string ProviderMessageId, string Kind, string? Text, string ReceivedUtc, string? Reply)>(
            new CommandDefinition(SelectConversation, new { Channel = channel, Address = address, Limit = limit }, cancellationToken: ct));
        return rows.Reverse()
            .Select(r => new InboundExchange(r.ProviderMessageId, r.Kind, r.Text, UtcText.Parse(r.ReceivedUtc), Texts(r.Reply)))
            .ToList();
    }

    private static IReadOnlyList<string> Texts(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
