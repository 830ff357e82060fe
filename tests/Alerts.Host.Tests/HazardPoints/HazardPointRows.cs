using System.Data.Common;
using Dapper;

namespace Alerts.Host.Tests.HazardPoints;

/// <summary>A hazard point file for a real demo village: two of its register households, one of its villagers as monitor.</summary>
internal static class HazardPointRows
{
    public const string Village = "500112101001";
    public const string Header = "统一编号,名称,村代码,类型,经度,纬度,威胁人数,威胁财产（万元）,受威胁户,监测员,安置点";

    public static (string Csv, IReadOnlyList<long> Households) File(DbConnection c, string code = "HP001")
    {
        var households = c.Query<(long Id, string No)>("""
            SELECT id, register_no FROM households WHERE village_code = @Village AND register_no IS NOT NULL ORDER BY id LIMIT 2
            """, new { Village }).AsList();
        var phone = c.QueryFirst<string>("""
            SELECT phone FROM people WHERE region_code = @Village AND role = 'villager' AND phone IS NOT NULL ORDER BY id
            """, new { Village });
        var numbers = string.Join("；", households.Select(h => h.No));
        return ($"{Header}\n{code},金坪村后山滑坡,{Village},滑坡,106.5,29.5,12,35.5,{numbers},{phone[3..]},\n",
            households.Select(h => h.Id).ToList());
    }
}
