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
    private const string Revoke =
        "UPDATE accounts SET revoked_utc = @At WHERE key_prefix = @KeyPrefix AND revoked_utc IS NULL";

    /// <summary>Creates an account and returns it with its key; the key is never stored and cannot be shown again.</summary>
    public async Task<(Account Account, string Key)> AddAsync(string name, string role, string regionCode,
        string? department, CancellationToken ct)
    {
        var issued = ApiKeys.Create();
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            Name = name, Role = role, RegionCode = regionCode, Department = department,
            KeyPrefix = issued.Prefix, KeyHash = issued.Hash, CreatedUtc = now,
        }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, "cli", "account_added", $"account:{id}",
            $"{role} {regionCode} {department} {issued.Prefix}", ct);
        await tx.CommitAsync(ct);
        var account = new Account
        {
            Id = id, Name = name, Role = role, RegionCode = regionCode, Department = department,
            KeyPrefix = issued.Prefix, CreatedUtc = now,
        };
        return (account, issued.Key);
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

    public async Task<bool> RevokeAsync(string keyPrefix, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var changed = await c.ExecuteAsync(new CommandDefinition(Revoke, new { KeyPrefix = keyPrefix, At = time.GetUtcNow() }, tx, cancellationToken: ct));
        if (changed > 0) await audit.AppendAsync(c, tx, "cli", "account_revoked", "key:" + keyPrefix, null, ct);
        await tx.CommitAsync(ct);
        return changed > 0;
    }
}
