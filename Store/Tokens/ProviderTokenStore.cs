using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Tokens;

/// <summary>
/// Provider credentials with an expiry (the WeChat access_token), shared by every Host instance on this database so
/// that they do not keep invalidating each other's tokens, and refreshed by one of them at a time.
/// </summary>
public sealed class ProviderTokenStore(StoreDb db, TimeProvider time)
{
    private const string Select = """
        SELECT token, expires_utc FROM provider_tokens WHERE provider = @Provider AND account = @Account
        """;
    private const string Upsert = """
        INSERT INTO provider_tokens (provider, account, token, expires_utc, updated_utc)
        VALUES (@Provider, @Account, @Token, @ExpiresUtc, @Now)
        ON CONFLICT (provider, account) DO UPDATE
        SET token = excluded.token, expires_utc = excluded.expires_utc, updated_utc = excluded.updated_utc
        """;

    public async Task<(string Token, DateTimeOffset ExpiresUtc)?> GetAsync(string provider, string account, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<(string Token, string ExpiresUtc)?>(new CommandDefinition(Select,
            new { Provider = provider, Account = account }, cancellationToken: ct));
        return row is null ? null : (row.Value.Token, UtcText.Parse(row.Value.ExpiresUtc));
    }

    public async Task SaveAsync(string provider, string account, string token, DateTimeOffset expiresUtc, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(Upsert, new
        {
            Provider = provider, Account = account, Token = token, ExpiresUtc = expiresUtc, Now = time.GetUtcNow(),
        }, cancellationToken: ct));
    }

    /// <summary>
    /// Runs <paramref name="work"/> (a refresh: re-read, fetch, save) while no other Host runs one for the same
    /// credential. On PostgreSQL a transaction holds an advisory lock on it until the work ends (a Host that dies
    /// mid-refresh ends its session, which lets the lock go). A SQLite file has one Host, whose own one-at-a-time
    /// refresh is enough; holding SQLite's write lock through an HTTP call would stall every other write.
    /// </summary>
    public async Task<T> ExclusivelyAsync<T>(string provider, string account, Func<CancellationToken, Task<T>> work,
        CancellationToken ct)
    {
        if (db.Engine == StoreEngine.Sqlite) return await work(ct);
        await using var hold = await db.BeginAsync(ct);
        await hold.LockAsync($"provider-token:{provider}:{account}", ct);
        var result = await work(ct);
        await hold.CommitAsync(ct);
        return result;
    }
}
