namespace Alerts.Bot.Language;

/// <summary>What villagers report as having hit them (domain.md "Hazards"); <see cref="HazardRecognizer.FamilyOf"/>
/// gives the family.</summary>
internal enum HazardKind
{
    Other,
    Rainstorm,      // 暴雨
    Flood,          // 洪水, 内涝
    FlashFlood,     // 山洪
    Landslide,      // 滑坡, 塌方
    DebrisFlow,     // 泥石流
    Collapse,       // 崩塌, 落石 (rockfall)
    GroundCollapse, // 地面塌陷, also 地裂缝 and 地面沉降
    Typhoon,        // 台风
    Hail,           // 冰雹
    Gale,           // 大风, 龙卷风, 强对流
    Lightning,      // 雷电
    Freeze,         // 低温雨雪冰冻, 暴雪
    Drought,        // 干旱
    Heat,           // 高温
    Earthquake,     // 地震
    Fire,           // 火灾
}
