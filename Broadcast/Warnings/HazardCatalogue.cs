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

    // Other words for a geological event. Any event name holding one of these or a geological event's name (山体滑坡,
    // 泥石流灾害) belongs to the geological family: filed under "other" it would escape the rule that only natural
    // resources forecasts geological hazards.
    private static readonly string[] GeologicalWords = ["塌方", "山崩", "地陷", "落石", "危岩"];

    public static IReadOnlyList<string> EventsOf(HazardFamily family) => Events[family];

    /// <summary>The named families take only their own events; other hazards any name that is not a named family's.</summary>
    public static bool IsKnownEvent(HazardFamily family, string eventName) =>
        family == HazardFamily.Other ? !string.IsNullOrWhiteSpace(eventName) && FamilyNamedBy(eventName) is null : Events[family].Contains(eventName);

    /// <summary>The named family an event belongs to: one of its events exactly, or anything naming a geological one.</summary>
    public static HazardFamily? FamilyNamedBy(string eventName)
    {
        foreach (var (family, events) in Events)
            if (events.Contains(eventName)) return family;
        return Events[HazardFamily.Geological].Concat(GeologicalWords).Any(w => eventName.Contains(w, StringComparison.Ordinal))
            ? HazardFamily.Geological
            : null;
    }

    public static string ChineseName(this HazardFamily family) => family switch
    {
        HazardFamily.Weather => "气象",
        HazardFamily.Geological => "地质",
        HazardFamily.Flood => "水旱",
        _ => "其他",
    };
}
