namespace Alerts.Store.Reports;

/// <summary>
/// The hazards a stored report names (landslide, flash_flood …) and the family each belongs to, written once: the bot
/// files reports with these keys, incidents group them by family, and warnings use the same four family words
/// (weather, geological, flood, other).
/// </summary>
public static class ReportHazards
{
    public const string Weather = "weather";
    public const string Geological = "geological";
    public const string Flood = "flood";
    public const string Other = "other";

    /// <summary>The four families, in the order the policy texts list them.</summary>
    public static readonly IReadOnlyList<string> FamilyKeys = [Weather, Geological, Flood, Other];

    // In the order the bot's hazard menu lists them. Anyi's plan counts 地震 among 地质灾害. Drought sits with floods:
    // the 水旱 family is what damages drinking water and harvests, and its relief (water trucking, new sources) is the
    // water office's, as in Anyi's plan.
    private static readonly (string Key, string Family)[] All =
    [
        ("rainstorm", Weather), ("flood", Flood), ("flash_flood", Flood), ("landslide", Geological),
        ("debris_flow", Geological), ("collapse", Geological), ("ground_collapse", Geological), ("typhoon", Weather),
        ("hail", Weather), ("gale", Weather), ("lightning", Weather), ("freeze", Weather), ("drought", Flood),
        ("heat", Weather), ("earthquake", Geological), ("fire", Other), ("other", Other),
    ];

    private static readonly Dictionary<string, string> Families = All.ToDictionary(h => h.Key, h => h.Family, StringComparer.Ordinal);

    /// <summary>Every hazard key a report may store, in the order the hazard menu lists them.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(h => h.Key)];

    /// <summary>The family of a stored hazard key; an unknown key is "other".</summary>
    public static string FamilyOf(string? hazardKey) =>
        hazardKey is not null && Families.TryGetValue(hazardKey, out var family) ? family : Other;

    /// <summary>The family in Chinese, as people read it (气象, 地质, 水旱, 其他).</summary>
    public static string FamilyToChinese(string family) => family switch
    {
        Weather => "气象",
        Geological => "地质",
        Flood => "水旱",
        _ => "其他",
    };
}
