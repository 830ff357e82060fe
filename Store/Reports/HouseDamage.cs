namespace Alerts.Store.Reports;

/// <summary>The house question's answers, mildest first. Data files name them in snake_case ("unsafe").</summary>
public enum HouseDamage
{
    None,
    Minor,

    /// <summary>A part fell or was torn off (a wall, the kitchen 灶屋, the pigsty 猪圈, half the roof) while the house
    /// stands: never a collapse. Guidance asks for an assessment, as for severe damage.</summary>
    Partial,

    /// <summary>Badly damaged but nobody has judged it yet; guidance asks for an assessment.</summary>
    Severe,

    /// <summary>Standing but not safe to live in (a 危房): the housing guarantee fails.</summary>
    Unsafe,
    Collapsed,
}
