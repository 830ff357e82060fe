using System.Data.Common;
using Dapper;

namespace Alerts.Store.Conversations;

/// <summary>
/// The dialog stack per (channel, address). Saved with optimistic concurrency: a save that finds another version
/// than the one loaded changes nothing and returns false, and the turn is rolled back.
/// </summary>
public sealed class ConversationStore
{
    private const string Select = """
        SELECT channel, address, person_id, stack, suspended, version, updated_utc
        FROM conversations WHERE channel = @Channel AND address = @Address
        """;
    private const string Insert = """
        INSERT INTO conversations (channel, address, person_id, stack, suspended, version, updated_utc)
        VALUES (@Channel, @Address, @PersonId, @Stack, @Suspended, 1, @UpdatedUtc)
        ON CONFLICT (channel, address) DO NOTHING
        """;
    private const string Update = """
        UPDATE conversations
        SET person_id = @PersonId, stack = @Stack, suspended = @Suspended, version = version + 1, updated_utc = @UpdatedUtc
        WHERE channel = @Channel AND address = @Address AND version = @Version
        """;

    public Task<ConversationRow?> LoadAsync(DbConnection c, DbTransaction tx, string channel, string address,
        CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<ConversationRow>(new CommandDefinition(Select,
            new { Channel = channel, Address = address }, tx, cancellationToken: ct));

    /// <summary>Writes the row loaded as <paramref name="loadedVersion"/> (0 = there was none).</summary>
    public async Task<bool> SaveAsync(DbConnection c, DbTransaction tx, string channel, string address,
        long? personId, string stack, string? suspended, long loadedVersion, DateTimeOffset now, CancellationToken ct)
    {
        var args = new
        {
            Channel = channel, Address = address, PersonId = personId, Stack = stack, Suspended = suspended,
            Version = loadedVersion, UpdatedUtc = now,
        };
        var sql = loadedVersion == 0 ? Insert : Update;
        return await c.ExecuteAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct)) == 1;
    }
}
