namespace Alerts.Bot.Reports;

/// <summary>How report answers read in Chinese, for summaries, grid-worker notices and progress lists.</summary>
internal static class ReportLabels
{
    private static readonly Dictionary<string, string> Hazards = new(StringComparer.Ordinal)
    {
        ["rainstorm"] = "暴雨", ["flood"] = "洪水", ["flash_flood"] = "山洪", ["landslide"] = "滑坡", ["debris_flow"] = "泥石流",
        ["collapse"] = "崩塌", ["ground_collapse"] = "地面塌陷", ["typhoon"] = "台风", ["hail"] = "冰雹", ["gale"] = "大风",
        ["lightning"] = "雷击", ["freeze"] = "冰冻雨雪", ["drought"] = "干旱", ["heat"] = "高温", ["earthquake"] = "地震",
        ["fire"] = "火灾", ["other"] = "其他灾害",
    };

    public static string Hazard(string? key) => key is not null && Hazards.TryGetValue(key, out var name) ? name : "其他灾害";

    public static string House(HouseDamage? h) => h switch
    {
        HouseDamage.None => "房屋没事",
        HouseDamage.Minor => "房屋轻微损坏",
        HouseDamage.Partial => "房屋一部分垮了",
        HouseDamage.Severe => "房屋严重损坏",
        HouseDamage.Unsafe => "房屋不能住",
        HouseDamage.Collapsed => "房屋倒塌",
        _ => "房屋未说明",
    };

    public static string Crops(CropLoss? c) => c switch
    {
        CropLoss.Reduced => "庄稼减产",
        CropLoss.TotalLoss => "庄稼绝收",
        CropLoss.None => "庄稼没损失",
        _ => "庄稼未说明",
    };

    public static string Water(WaterSupply? w) => w switch
    {
        WaterSupply.Short => "吃水不够",
        WaterSupply.None => "没有水吃",
        WaterSupply.Polluted => "水被污染",
        WaterSupply.Normal => "吃水正常",
        _ => "吃水未说明",
    };

    public static string People(int? deaths, int? injured) => (deaths, injured) is (null, null) ? "伤亡不清楚" : (deaths ?? 0, injured ?? 0) switch
    {
        (0, 0) => "无人伤亡",
        (0, var i) => $"{i}人受伤",
        (var d, 0) => $"{d}人遇难",
        var (d, i) => $"{d}人遇难、{i}人受伤",
    };

    public static string Status(string status) => status switch
    {
        "submitted" => "等待网格员核实",
        "confirmed" => "已核实",
        "rejected" => "未通过核实",
        _ => status,
    };

    /// <summary>One line: 滑坡，房屋倒塌，1人受伤，庄稼减产.</summary>
    public static string Brief(ReportDraft d) =>
        string.Join("，", new[]
        {
            Hazard(d.Hazard), House(d.House), People(d.Deaths, d.Injured), Crops(d.Crops), Water(d.Water),
            d.LivestockLost == true ? "牲畜有损失" : null,
        }.Where(s => s is not null));
}
