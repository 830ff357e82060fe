using System.Text.Json;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Inbound;

/// <summary>
/// The record of every inbound provider message id, so that a retry is never processed twice and gets the first
/// answer — also after a restart, and across Host instances sharing the database.
/// </summary>
public sealed class InboundMessageStore(StoreDb db)
{
    /// <summary>The reply went back in the HTTP answer to the provider's request.</summary>
    public const string Passive = "passive";
    /// <summary>The reply went out through the provider's send API (the turn outlasted the channel's budget).</summary>
    public const string Send = "send";

    // Inside the turn's transaction: on PostgreSQL a second delivery's insert of the same id waits here until the first
    // transaction ends; on SQLite the IMMEDIATE transaction already waited for the write lock. Either way it then finds
    // the committed answer, or no row at all if the first rolled back or its process died.
    private const string Insert = """
        INSERT INTO inbound_messages (channel, provider_message_id, address, kind, text, received_utc)
        VALUES (@Channel, @ProviderMessageId, @Address, @Kind, @Text, @ReceivedUtc)
        ON CONFLICT (channel, provider_message_id) DO NOTHING
        """;
    private const string Select = """
        SELECT reply, reply_via FROM inbound_messages
        WHERE channel = @Channel AND provider_message_id = @ProviderMessageId
        """;
    private const string SetAnswer = """
        UPDATE inbound_messages SET reply = @Reply, reply_via = @ReplyVia
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

    /// <summary>
    /// Records the id in <paramref name="work"/>, or returns what an earlier delivery of it answered. The row exists for
    /// others only once <paramref name="work"/> commits, with the answer <see cref="AnswerAsync"/> wrote in it.
    /// </summary>
    public async Task<InboundClaim> ClaimAsync(UnitOfWork work, string channel, string providerMessageId, string address,
        string kind, string? text, DateTimeOffset receivedUtc, CancellationToken ct)
    {
        var inserted = await work.Connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, Address = address, Kind = kind, Text = text,
            ReceivedUtc = receivedUtc,
        }, work.Transaction, cancellationToken: ct));
        if (inserted == 1) return InboundClaim.New;
        var row = await work.Connection.QuerySingleAsync<(string? Reply, string? ReplyVia)>(new CommandDefinition(Select,
            new { Channel = channel, ProviderMessageId = providerMessageId }, work.Transaction, cancellationToken: ct));
        return new InboundClaim(false, Texts(row.Reply), row.ReplyVia);
    }

    /// <summary>Stores the answer to a message claimed in <paramref name="work"/>, so that retries get the same one.</summary>
    public Task AnswerAsync(UnitOfWork work, string channel, string providerMessageId, IReadOnlyList<string> reply,
        string replyVia, CancellationToken ct) =>
        work.Connection.ExecuteAsync(new CommandDefinition(SetAnswer, new
        {
            Channel = channel, ProviderMessageId = providerMessageId, Reply = JsonSerializer.Serialize(reply), ReplyVia = replyVia,
        }, work.Transaction, cancellationToken: ct));

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
