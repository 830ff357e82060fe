namespace Alerts.Bot.Language;

/// <summary>
/// The four hazard families of domain.md, the same members as Alerts.Broadcast's HazardFamily; redeclared here
/// because Bot may not reference Broadcast (the project-graph test allows only Host → Bot, Broadcast).
/// </summary>
internal enum HazardFamily
{
    Weather,    // 气象
    Geological, // 地质
    Flood,      // 水旱: flood and drought
    Other,      // 其他
}
