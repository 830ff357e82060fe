namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Risk types a report and the household's record can show, in the order they are listed (因灾 first), as anchors.md
/// §6 names them; 刚性支出大 and 收入骤减 are the two some local lists add. Others (因务工就业不稳, 因产业项目失败 …)
/// a report cannot reveal; officials add those by hand.
/// </summary>
public enum RiskType
{
    /// <summary>因灾 (natural disaster).</summary>
    Disaster,

    /// <summary>因病: injuries, medical spending, or basic medical care out of reach.</summary>
    Illness,

    /// <summary>因残.</summary>
    Disability,

    /// <summary>因学: a child cannot go to school (义务教育 fails).</summary>
    Schooling,

    /// <summary>住房安全: the house is unsafe or collapsed.</summary>
    Housing,

    /// <summary>饮水安全: no water or polluted water.</summary>
    DrinkingWater,

    /// <summary>缺劳动力: the report or the record says nobody can work.</summary>
    LackOfLabour,

    /// <summary>因意外事故: casualties from an event that is not a natural disaster (fire, other).</summary>
    Accident,

    /// <summary>刚性支出大: extra medical spending above last year's household income.</summary>
    RigidSpending,

    /// <summary>收入骤减: the loss takes at least the configured share of last year's income, or the harvest failed.</summary>
    IncomeCollapse,
}
