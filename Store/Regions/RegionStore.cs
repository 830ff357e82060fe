using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Regions;

public sealed class RegionStore(StoreDb db)
{
    private const string SelectOne = "SELECT code, level, parent_code, name FROM regions WHERE code = @Code";
    private const string SelectChildren =
        "SELECT code, level, parent_code, name FROM regions WHERE parent_code = @Code ORDER BY code";
    private const string SelectAtLevelUnder = """
        SELECT code, level, parent_code, name FROM regions
        WHERE code >= @From AND code < @To AND level = @Level
        ORDER BY code
        """;
    // Regions hold a county or a few: small enough that listing one level needs no index on it.
    private const string SelectAtLevel =
        "SELECT code, level, parent_code, name FROM regions WHERE level = @Level ORDER BY code";
    private const string CountAll = "SELECT COUNT(*) FROM regions";

    public async Task<Region?> GetAsync(string code, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<Region>(new CommandDefinition(SelectOne, new { Code = code }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Region>> ChildrenAsync(string code, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<Region>(new CommandDefinition(SelectChildren, new { Code = code }, cancellationToken: ct))).AsList();
    }

    /// <summary>Places of one level under a prefix, e.g. all villages (5) of a town.</summary>
    public async Task<IReadOnlyList<Region>> UnderAsync(string prefix, int level, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<Region>(new CommandDefinition(SelectAtLevelUnder,
            new { From = from, To = to, Level = level }, cancellationToken: ct))).AsList();
    }

    /// <summary>Every place of one level, e.g. all towns (4).</summary>
    public async Task<IReadOnlyList<Region>> AtLevelAsync(int level, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<Region>(new CommandDefinition(SelectAtLevel, new { Level = level }, cancellationToken: ct))).AsList();
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(CountAll, cancellationToken: ct));
    }
}
