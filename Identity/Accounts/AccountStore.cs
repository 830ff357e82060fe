using Alerts.Store.Audit;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Identity.Accounts;

/// <summary>The <c>accounts</c> table: API accounts, found by their key's public prefix.</summary>
public sealed class AccountStore(StoreDb db, AuditStore audit, TimeProvider time)
{
    private const string Columns = "id, name, role, region_code, department, key_prefix, created_utc, revoked_utc";
    private const string Insert = """
        INSERT INTO accounts (name, role, region_code, department, key_prefix, key_hash, created_utc)
        VALUES (@Name, @Role, @RegionCode, @Department, @KeyPrefix, @KeyHash, @CreatedUtc)
        RETURNING id
        """;
    private const string SelectByPrefix = $"SELECT {Columns}, key_hash FROM accounts WHERE key_prefix = @KeyPrefix";
    private const string SelectById = $"SELECT {Columns} FROM accounts WHERE id = @Id";
    /// <summary>The key hash of an account without a usable key: no presented key hashes to it.</summary>
    internal const string NoKey = "";
    private const string RevokeById = "UPDATE accounts SET revoked_utc = @At WHERE id = @Id AND revoked_utc IS NULL";
    private const string ReplaceKey = "UPDATE accounts SET key_prefix = @KeyPrefix, key_hash = @KeyHash WHERE id = @Id AND revoked_utc IS NULL";
    private const string DropKey = "UPDATE accounts SET key_hash = '' WHERE id = @Id AND key_hash <> ''";

    /// <summary>Creates an account and returns it with its key; the key is never stored and cannot be shown again.</summary>
    public async Task<(Account Account, string Key)> AddAsync(string name, string role, string regionCode,
        string? department, CancellationToken ct)
    {
        var (account, key) = await AddAsync(name, role, regionCode, department, "cli", withKey: true, ct);
        return (account, key!);
    }

    /// <summary>
    /// Creates an account on behalf of <paramref name="actor"/>. Without <paramref name="withKey"/> the account has no
    /// usable API key (its prefix is kept, for the CLI to name it, but no hash matches it) until one is issued.
    /// </summary>
    public async Task<(Account Account, string? Key)> AddAsync(string name, string role, string regionCode,
        string? department, string actor, bool withKey, CancellationToken ct)
    {
        var issued = ApiKeys.Create();
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            Name = name, Role = role, RegionCode = regionCode, Department = department,
            KeyPrefix = issued.Prefix, KeyHash = withKey ? issued.Hash : NoKey, CreatedUtc = now,
        }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, actor, "account_added", $"account:{id}",
            $"{role} {regionCode} {department} {(withKey ? issued.Prefix : "no-key")}", ct);
        await tx.CommitAsync(ct);
        var account = new Account
        {
            Id = id, Name = name, Role = role, RegionCode = regionCode, Department = department,
            KeyPrefix = issued.Prefix, CreatedUtc = now,
        };
        return (account, withKey ? issued.Key : null);
    }

    /// <summary>The live account a presented key belongs to, or null (unknown, wrong secret or revoked).</summary>
    public async Task<Account?> AuthenticateAsync(string key, CancellationToken ct)
    {
        var prefix = ApiKeys.PrefixOf(key);
        if (prefix is null) return null;
        await using var c = await db.OpenAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(SelectByPrefix,
            new { KeyPrefix = prefix }, cancellationToken: ct));
        if (row is null || !ApiKeys.Matches(key, row.KeyHash) || row.RevokedUtc is not null) return null;
        return row.ToAccount();
    }

    /// <summary>The account whose key has this public prefix (alk_XXXXXXXX), revoked or not.</summary>
    public async Task<Account?> FindByPrefixAsync(string keyPrefix, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(SelectByPrefix, new { KeyPrefix = keyPrefix }, cancellationToken: ct));
        return row?.ToAccount();
    }

    public async Task<Account?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Account>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: ct));
    }

    /// <summary>The CLI's revocation by a key's public prefix: the same change, audited the same way, as the console's.</summary>
    public async Task<bool> RevokeAsync(string keyPrefix, CancellationToken ct) =>
        await FindByPrefixAsync(keyPrefix, ct) is { } account && await RevokeAccountAsync(account.Id, "cli", ct);

    /// <summary>Revokes an account (its key and its console sign-in) on behalf of <paramref name="actor"/>.</summary>
    public Task<bool> RevokeAccountAsync(long id, string actor, CancellationToken ct) =>
        ChangeAsync(RevokeById, new { Id = id, At = time.GetUtcNow() }, actor, "account_revoked", id, null, ct);

    /// <summary>A new API key for a live account, returned once; the old key stops working in the same change.</summary>
    public async Task<string?> ReplaceKeyAsync(long id, string actor, CancellationToken ct)
    {
        var issued = ApiKeys.Create();
        var changed = await ChangeAsync(ReplaceKey, new { Id = id, KeyPrefix = issued.Prefix, KeyHash = issued.Hash }, actor,
            "api_key_issued", id, issued.Prefix, ct);
        return changed ? issued.Key : null;
    }

    /// <summary>Ends an account's API key and leaves its console sign-in alone.</summary>
    public Task<bool> RevokeKeyAsync(long id, string actor, CancellationToken ct) =>
        ChangeAsync(DropKey, new { Id = id }, actor, "api_key_revoked", id, null, ct);

    private async Task<bool> ChangeAsync(string sql, object args, string actor, string action, long id, string? detail, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var changed = await c.ExecuteAsync(new CommandDefinition(sql, args, tx, cancellationToken: ct)) > 0;
        if (changed) await audit.AppendAsync(c, tx, actor, action, $"account:{id}", detail, ct);
        await tx.CommitAsync(ct);
        return changed;
    }
}
