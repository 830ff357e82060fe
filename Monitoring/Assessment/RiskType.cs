namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Risk types a disaster report can show, in the order they are listed (因灾 first). Local guidance lists more
/// (因学, 因务工就业不稳 …) that a self-report cannot reveal; officials add those by hand.
/// </summary>
public enum RiskType
{
    /// <summary>因灾 (natural disaster).</summary>
    Disaster,

    /// <summary>因病: injuries or medical spending.</summary>
    Illness,

    /// <summary>因残.</summary>
    Disability,

    /// <summary>住房安全: the house is unsafe or collapsed.</summary>
    Housing,

    /// <summary>饮水安全: no water or polluted water.</summary>
    DrinkingWater,

    /// <summary>缺劳动力.</summary>
    LackOfLabour,

    /// <summary>因意外事故: casualties from an event that is not a natural disaster (fire, other).</summary>
    Accident,
}
