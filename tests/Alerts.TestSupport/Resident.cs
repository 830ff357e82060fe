using System.Data.Common;
using Dapper;

namespace Alerts.TestSupport;

/// <summary>A person of the demo county the Host seeded, found by what a test needs of them.</summary>
public sealed record Resident(long Id, string Name, string RegionCode, string? Phone, string? Openid, long? HouseholdId)
{
    private const string Select = """
        SELECT p.id AS Id, p.name AS Name, p.region_code AS RegionCode, p.phone AS Phone, p.wechat_openid AS Openid,
               p.household_id AS HouseholdId
        FROM people p LEFT JOIN households h ON h.id = p.household_id
        """;

    // Reachable on both channels, not yet consented, and nothing in the register that would change the guidance or
    // the risk assessment: the same answers then always give the same report, guidance and outcome.
    private const string Ordinary = """
        p.role = 'villager' AND p.phone IS NOT NULL AND p.wechat_openid IS NOT NULL AND p.consented_utc IS NULL
        AND p.is_elderly = 0 AND p.is_disabled = 0 AND p.lives_alone = 0
        AND h.is_lifted_out = 0 AND h.is_monitored = 0 AND h.has_dibao = 0 AND h.is_tekun = 0 AND h.is_low_income = 0
        """;

    public string TownCode => RegionCode[..9] + "000";

    /// <summary>The <paramref name="nth"/> ordinary villager (see <see cref="Ordinary"/>), by id.</summary>
    public static Resident Villager(DbConnection c, int nth = 0) =>
        c.QueryFirst<Resident>($"{Select} WHERE {Ordinary} ORDER BY p.id LIMIT 1 OFFSET @Nth", new { Nth = nth });

    /// <summary>An ordinary villager of another household in <paramref name="villageCode"/>.</summary>
    public static Resident NeighbourOf(DbConnection c, Resident of) =>
        c.QueryFirst<Resident>($"{Select} WHERE {Ordinary} AND p.region_code = @RegionCode AND p.household_id <> @HouseholdId ORDER BY p.id",
            new { of.RegionCode, of.HouseholdId });

    /// <summary>Two ordinary villagers of one household.</summary>
    public static (Resident First, Resident Second) Household(DbConnection c)
    {
        var pair = c.Query<Resident>($"""
            {Select} WHERE {Ordinary} AND p.household_id = (
                SELECT p.household_id FROM people p JOIN households h ON h.id = p.household_id
                WHERE {Ordinary} GROUP BY p.household_id HAVING COUNT(*) >= 2 ORDER BY p.household_id LIMIT 1)
            ORDER BY p.id LIMIT 2
            """).ToList();
        return (pair[0], pair[1]);
    }

    /// <summary>The villager texting without WeChat: a registered phone and no openid.</summary>
    public static Resident WithoutWeChat(DbConnection c) =>
        c.QueryFirst<Resident>($"{Select} WHERE p.role = 'villager' AND p.phone IS NOT NULL AND p.wechat_openid IS NULL ORDER BY p.id");

    public static Resident GridWorkerOf(DbConnection c, string villageCode) =>
        c.QuerySingle<Resident>($"{Select} WHERE p.role = 'grid_worker' AND p.region_code = @VillageCode", new { VillageCode = villageCode });

    public static Resident? Find(DbConnection c, long id) =>
        c.QuerySingleOrDefault<Resident>($"{Select} WHERE p.id = @Id", new { Id = id });
}
