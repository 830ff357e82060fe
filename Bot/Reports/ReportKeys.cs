using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// The words for report answers in stored rows, choice values and the guidance data file (collapsed, total_loss,
/// polluted …). Spelled out rather than derived from enum names, so renaming a C# member can never silently change
/// what a stored report or a guidance rule means.
/// </summary>
internal static class ReportKeys
{
    public static readonly IReadOnlyDictionary<string, HouseDamage> House = new Dictionary<string, HouseDamage>
    {
        ["none"] = HouseDamage.None,
        ["minor"] = HouseDamage.Minor,
        ["partial"] = HouseDamage.Partial,
        ["severe"] = HouseDamage.Severe,
        ["unsafe"] = HouseDamage.Unsafe,
        ["collapsed"] = HouseDamage.Collapsed,
    };

    public static readonly IReadOnlyDictionary<string, CropLoss> Crops = new Dictionary<string, CropLoss>
    {
        ["none"] = CropLoss.None,
        ["reduced"] = CropLoss.Reduced,
        ["total_loss"] = CropLoss.TotalLoss,
    };

    public static readonly IReadOnlyDictionary<string, WaterSupply> Water = new Dictionary<string, WaterSupply>
    {
        ["normal"] = WaterSupply.Normal,
        ["short"] = WaterSupply.Short,
        ["none"] = WaterSupply.None,
        ["polluted"] = WaterSupply.Polluted,
    };

    /// <summary>The hazard a message names, as the report stores it (one of <see cref="ReportAnswers.KnownHazards"/>).</summary>
    public static readonly IReadOnlyDictionary<HazardKind, string> Hazards = new Dictionary<HazardKind, string>
    {
        [HazardKind.Other] = "other", [HazardKind.Rainstorm] = "rainstorm", [HazardKind.Flood] = "flood",
        [HazardKind.FlashFlood] = "flash_flood", [HazardKind.Landslide] = "landslide", [HazardKind.DebrisFlow] = "debris_flow",
        [HazardKind.Collapse] = "collapse", [HazardKind.GroundCollapse] = "ground_collapse", [HazardKind.Typhoon] = "typhoon",
        [HazardKind.Hail] = "hail", [HazardKind.Gale] = "gale", [HazardKind.Lightning] = "lightning", [HazardKind.Freeze] = "freeze",
        [HazardKind.Drought] = "drought", [HazardKind.Heat] = "heat", [HazardKind.Earthquake] = "earthquake", [HazardKind.Fire] = "fire",
    };

    public static HouseDamage? ParseHouse(string? key) => Find(House, key);

    public static CropLoss? ParseCrops(string? key) => Find(Crops, key);

    public static WaterSupply? ParseWater(string? key) => Find(Water, key);

    public static string Key(HouseDamage value) => KeyOf(House, value);

    public static string Key(CropLoss value) => KeyOf(Crops, value);

    public static string Key(WaterSupply value) => KeyOf(Water, value);

    /// <summary>The questions answered "不知道", as stored ("house,loss"); null when none.</summary>
    public static string? Key(Language.ReportField unknown) => unknown == Language.ReportField.None
        ? null
        : string.Join(",", Enum.GetValues<Language.ReportField>()
            .Where(f => f != Language.ReportField.None && unknown.HasFlag(f))
            .Select(f => f.ToString().ToLowerInvariant()));

    /// <summary>Money as people say it, kept to a sane range (nobody loses a billion yuan in a village).</summary>
    public static int? Yuan(long? value) => value is null ? null : (int)Math.Clamp(value.Value, 0, 100_000_000);

    private static T? Find<T>(IReadOnlyDictionary<string, T> table, string? key) where T : struct =>
        key is not null && table.TryGetValue(key, out var value) ? value : null;

    private static string KeyOf<T>(IReadOnlyDictionary<string, T> table, T value) where T : struct =>
        table.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;
}
