using System.Data.Common;
using Dapper;

namespace Alerts.Host.Tests.Simulator;

/// <summary>A person of the demo county, found in the database the Host seeded (names and ids come from the seed).</summary>
public sealed class DemoPerson
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string? Phone { get; init; }
    public string? Openid { get; init; }

    public string TownCode => RegionCode[..9] + "000";

    public const string WithBoth = "phone IS NOT NULL AND wechat_openid IS NOT NULL";
    public const string WithoutOpenid = "phone IS NOT NULL AND wechat_openid IS NULL";
    public const string WithoutPhone = "phone IS NULL AND wechat_openid IS NOT NULL";

    /// <summary>The first villager matching <paramref name="condition"/>, one of the constants above.</summary>
    public static DemoPerson Villager(DbConnection c, string condition) =>
        c.QueryFirst<DemoPerson>($"""
            SELECT id AS Id, name AS Name, region_code AS RegionCode, phone AS Phone, wechat_openid AS Openid
            FROM people WHERE role = 'villager' AND {condition} ORDER BY id LIMIT 1
            """);

    /// <summary>Everyone listed for a village: its grid workers and its villagers.</summary>
    public static IReadOnlyList<DemoPerson> OfVillage(DbConnection c, string villageCode) =>
        c.Query<DemoPerson>("""
            SELECT id AS Id, name AS Name, region_code AS RegionCode, phone AS Phone, wechat_openid AS Openid
            FROM people WHERE region_code = @VillageCode AND role IN ('villager', 'grid_worker')
            """, new { VillageCode = villageCode }).AsList();
}
