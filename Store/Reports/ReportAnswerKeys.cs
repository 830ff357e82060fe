namespace Alerts.Store.Reports;

/// <summary>
/// The words a stored report uses for its house, crops and water answers (collapsed, total_loss, polluted …), spelled
/// out rather than derived from enum names, so renaming a C# member can never silently change what a stored report
/// means. The bot writes them; monitoring and the console read them.
/// </summary>
public static class ReportAnswerKeys
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

    public static HouseDamage? ParseHouse(string? key) => Find(House, key);

    public static CropLoss? ParseCrops(string? key) => Find(Crops, key);

    public static WaterSupply? ParseWater(string? key) => Find(Water, key);

    public static string Key(HouseDamage value) => KeyOf(House, value);

    public static string Key(CropLoss value) => KeyOf(Crops, value);

    public static string Key(WaterSupply value) => KeyOf(Water, value);

    private static T? Find<T>(IReadOnlyDictionary<string, T> table, string? key) where T : struct =>
        key is not null && table.TryGetValue(key, out var value) ? value : null;

    private static string KeyOf<T>(IReadOnlyDictionary<string, T> table, T value) where T : struct =>
        table.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;
}
