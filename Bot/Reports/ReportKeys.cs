using Alerts.Bot.Language;
using Alerts.Store.Reports;

namespace Alerts.Bot.Reports;

/// <summary>
/// The words for report answers in stored rows, choice values and the guidance data file (collapsed, total_loss,
/// polluted …). Spelled out rather than derived from enum names, so renaming a C# member can never silently change
/// what a stored report or a guidance rule means.
/// </summary>
internal static class ReportKeys
{
    public static IReadOnlyDictionary<string, HouseDamage> House => ReportAnswerKeys.House;

    public static IReadOnlyDictionary<string, CropLoss> Crops => ReportAnswerKeys.Crops;

    public static IReadOnlyDictionary<string, WaterSupply> Water => ReportAnswerKeys.Water;

    /// <summary>The hazard a message names, as the report stores it (one of <see cref="ReportAnswers.KnownHazards"/>).</summary>
    public static readonly IReadOnlyDictionary<HazardKind, string> Hazards = new Dictionary<HazardKind, string>
    {
        [HazardKind.Other] = "other", [HazardKind.Rainstorm] = "rainstorm", [HazardKind.Flood] = "flood",
        [HazardKind.FlashFlood] = "flash_flood", [HazardKind.Landslide] = "landslide", [HazardKind.DebrisFlow] = "debris_flow",
        [HazardKind.Collapse] = "collapse", [HazardKind.GroundCollapse] = "ground_collapse", [HazardKind.Typhoon] = "typhoon",
        [HazardKind.Hail] = "hail", [HazardKind.Gale] = "gale", [HazardKind.Lightning] = "lightning", [HazardKind.Freeze] = "freeze",
        [HazardKind.Drought] = "drought", [HazardKind.Heat] = "heat", [HazardKind.Earthquake] = "earthquake", [HazardKind.Fire] = "fire",
    };

    public static HouseDamage? ParseHouse(string? key) => ReportAnswerKeys.ParseHouse(key);

    public static CropLoss? ParseCrops(string? key) => ReportAnswerKeys.ParseCrops(key);

    public static WaterSupply? ParseWater(string? key) => ReportAnswerKeys.ParseWater(key);

    public static string Key(HouseDamage value) => ReportAnswerKeys.Key(value);

    public static string Key(CropLoss value) => ReportAnswerKeys.Key(value);

    public static string Key(WaterSupply value) => ReportAnswerKeys.Key(value);

    /// <summary>The questions answered "不知道", as stored ("house,loss"); null when none.</summary>
    public static string? Key(Language.ReportField unknown) => unknown == Language.ReportField.None
        ? null
        : string.Join(",", Enum.GetValues<Language.ReportField>()
            .Where(f => f != Language.ReportField.None && unknown.HasFlag(f))
            .Select(f => f.ToString().ToLowerInvariant()));

    /// <summary>Money as people say it, kept to a sane range (nobody loses a billion yuan in a village).</summary>
    public static int? Yuan(long? value) => value is null ? null : (int)Math.Clamp(value.Value, 0, 100_000_000);

}
