using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Regions;

/// <summary>
/// The towns and villages inside a jurisdiction with household and resident counts per village, for the officials'
/// area picker: one query, counts by GROUP BY over the same range scans targeting uses.
/// </summary>
public sealed class AreaTreeStore(StoreDb db)
{
    // @Town adds the town of a village-level jurisdiction, which lies above the range but names its group.
    private const string SelectTree = """
        SELECT r.code, r.level, r.name, COALESCE(h.households, 0) AS households, COALESCE(p.people, 0) AS people
        FROM regions r
        LEFT JOIN (SELECT village_code, COUNT(*) AS households FROM households
                   WHERE village_code >= @From AND village_code < @To
                   GROUP BY village_code) h ON h.village_code = r.code
        LEFT JOIN (SELECT region_code, COUNT(*) AS people FROM people
                   WHERE region_code >= @From AND region_code < @To AND role = 'villager'
                   GROUP BY region_code) p ON p.region_code = r.code
        WHERE (r.code >= @From AND r.code < @To AND r.level >= 4) OR r.code = @Town
        ORDER BY r.code
        """;

    /// <summary>The towns (in code order) with their villages under <paramref name="jurisdiction"/> (a code or prefix).</summary>
    public async Task<IReadOnlyList<AreaTreeTown>> TreeAsync(string jurisdiction, CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(jurisdiction) ?? throw new ArgumentException("Not a division code", nameof(jurisdiction));
        var (from, to) = DivisionCode.Range(prefix);
        var town = prefix.Length == 12 ? DivisionCode.Parent(jurisdiction) : "";
        await using var c = await db.OpenAsync(ct);
        var rows = (await c.QueryAsync<Row>(new CommandDefinition(SelectTree,
            new { From = from, To = to, Town = town }, cancellationToken: ct))).AsList();
        var villages = rows.Where(r => r.Level == 5).ToLookup(r => DivisionCode.Parent(r.Code)!);
        return rows.Where(r => r.Level == 4)
            .Select(t => new AreaTreeTown(t.Code, t.Name, villages[t.Code]
                .Select(v => new AreaTreeVillage { Code = v.Code, Name = v.Name, Households = v.Households, People = v.People })
                .ToList()))
            .Where(t => t.Villages.Count > 0 || t.Code.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
    }

    private sealed record Row
    {
        public required string Code { get; init; }
        public required long Level { get; init; }
        public required string Name { get; init; }
        public long Households { get; init; }
        public long People { get; init; }
    }
}
