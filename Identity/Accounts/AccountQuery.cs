using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Identity.Accounts;

/// <summary>Accounts under a place, for the admins' console: a filtered page of them, newest first, and one by id.</summary>
public sealed class AccountQuery(StoreDb db)
{
    private const string Columns = """
        a.id, a.name, a.login, a.role, a.region_code, r.name AS region_name, a.department, a.key_prefix,
        a.key_hash <> '' AS has_key, a.created_utc, a.revoked_utc, a.must_change_password
        """;
    private const string Where = """
        WHERE a.region_code >= @From AND a.region_code < @To
          AND (@Role IS NULL OR a.role = @Role)
          AND (@Revoked IS NULL OR (@Revoked = 1 AND a.revoked_utc IS NOT NULL)
               OR (@Revoked = 0 AND a.revoked_utc IS NULL))
        """;
    private const string SelectPage = $"""
        SELECT {Columns}
        FROM accounts a LEFT JOIN regions r ON r.code = a.region_code
        {Where}
        ORDER BY a.id DESC
        LIMIT @Limit OFFSET @Offset
        """;
    private const string Count = $"SELECT COUNT(*) FROM accounts a {Where}";
    private const string SelectOne = $"""
        SELECT {Columns}
        FROM accounts a LEFT JOIN regions r ON r.code = a.region_code
        WHERE a.id = @Id
        """;
    private const string SelectByLogin = $"""
        SELECT {Columns}
        FROM accounts a LEFT JOIN regions r ON r.code = a.region_code
        WHERE a.login = @Login
        """;

    /// <summary>One page of the accounts under <paramref name="prefix"/> and how many match in all.</summary>
    public async Task<(IReadOnlyList<AccountListing> Rows, long Total)> PageAsync(string prefix, AccountFilter filter, int offset, int limit,
        CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        var args = new { From = from, To = to, filter.Role, filter.Revoked, Offset = offset, Limit = limit };
        await using var c = await db.OpenAsync(ct);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(Count, args, cancellationToken: ct));
        var rows = await c.QueryAsync<AccountListing>(new CommandDefinition(SelectPage, args, cancellationToken: ct));
        return (rows.AsList(), total);
    }

    public async Task<AccountListing?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<AccountListing>(new CommandDefinition(SelectOne, new { Id = id }, cancellationToken: ct));
    }

    /// <summary>The account with this console login, for CLI verbs that act in someone's name.</summary>
    public async Task<AccountListing?> FindByLoginAsync(string login, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<AccountListing>(new CommandDefinition(SelectByLogin, new { Login = login }, cancellationToken: ct));
    }
}
