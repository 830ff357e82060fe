using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Identity.Binding;

/// <summary>The grid workers and officials under a place, with their binding state, for the admins' console.</summary>
public sealed class StaffQuery(StoreDb db, TimeProvider time)
{
    private const string Columns = """
        p.id, p.name, p.role, p.region_code, r.name AS region_name, p.department,
        p.phone IS NOT NULL AS has_phone, p.wechat_openid IS NOT NULL AS has_wechat,
        EXISTS (SELECT 1 FROM staff_bindings b WHERE b.person_id = p.id AND b.channel = 'wechat') AS wechat_bound,
        EXISTS (SELECT 1 FROM staff_bindings b WHERE b.person_id = p.id AND b.channel = 'sms') AS sms_bound,
        (SELECT MAX(k.expires_utc) FROM binding_codes k
         WHERE k.person_id = p.id AND k.used_utc IS NULL AND k.expires_utc > @Now) AS code_expires_utc
        """;
    private const string Where = """
        WHERE p.role IN ('grid_worker', 'official') AND p.region_code >= @From AND p.region_code < @To
        """;
    private const string SelectPage = $"""
        SELECT {Columns}
        FROM people p LEFT JOIN regions r ON r.code = p.region_code
        {Where}
        ORDER BY p.region_code, p.name, p.id
        LIMIT @Limit OFFSET @Offset
        """;
    private const string Count = $"SELECT COUNT(*) FROM people p {Where}";
    private const string SelectOne = $"""
        SELECT {Columns}
        FROM people p LEFT JOIN regions r ON r.code = p.region_code
        {Where} AND p.id = @Id
        """;

    /// <summary>One page of the staff under <paramref name="prefix"/>, by place and name, and how many there are.</summary>
    public async Task<(IReadOnlyList<StaffMember> Rows, long Total)> PageAsync(string prefix, int offset, int limit, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        var args = new { From = from, To = to, Now = time.GetUtcNow(), Offset = offset, Limit = limit };
        await using var c = await db.OpenAsync(ct);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(Count, args, cancellationToken: ct));
        return ((await c.QueryAsync<StaffMember>(new CommandDefinition(SelectPage, args, cancellationToken: ct))).AsList(), total);
    }

    /// <summary>One member of staff under <paramref name="prefix"/>, or null (unknown, not staff, or outside).</summary>
    public async Task<StaffMember?> GetAsync(string prefix, long id, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<StaffMember>(new CommandDefinition(SelectOne,
            new { From = from, To = to, Now = time.GetUtcNow(), Id = id }, cancellationToken: ct));
    }
}
