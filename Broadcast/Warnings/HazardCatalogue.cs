namespace Alerts.Broadcast.Warnings;

/// <summary>The hazard events of each family (domain.md), by their Chinese names as warnings name them.</summary>
public static class HazardCatalogue
{
    private static readonly Dictionary<HazardFamily, string[]> Events = new()
    {
        [HazardFamily.Weather] = ["暴雨", "台风", "强对流", "雷雨大风", "高温", "低温雨雪冰冻", "雷电", "冰雹", "大风", "干旱", "暴雪"],
        [HazardFamily.Geological] = ["崩塌", "滑坡", "泥石流", "地面塌陷", "地裂缝", "地面沉降"],
        [HazardFamily.Flood] = ["山洪", "洪水", "汛情", "旱情", "饮水"],
        [HazardFamily.Other] = [],
    };

    public static IReadOnlyList<string> EventsOf(HazardFamily family) => Events[family];

    /// <summary>Other hazards take any event name; the named families only their own.</summary>
    public static bool IsKnownEvent(HazardFamily family, string eventName) =>
        family == HazardFamily.Other ? !string.IsNullOrWhiteSpace(eventName) : Events[family].Contains(eventName);

    public static string ChineseName(this HazardFamily family) => family switch
    {
        HazardFamily.Weather => "气象",
        HazardFamily.Geological => "地质",
        HazardFamily.Flood => "水旱",
        _ => "其他",
    };
}
