namespace Alerts.Bot.Language;

/// <summary>Drinking water, the sixth guarantee beside 两不愁三保障 (domain.md).</summary>
internal enum WaterSupply
{
    Normal,
    Short,    // 水不够
    None,     // 没水喝, 停水
    Polluted, // 水浑, 污染
}
