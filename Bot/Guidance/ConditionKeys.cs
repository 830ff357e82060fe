using Alerts.Bot.Reports;

namespace Alerts.Bot.Guidance;

/// <summary>
/// The words the guidance data file may use for household and priority flags (answers use <see cref="ReportKeys"/>).
/// Spelled out rather than derived from member names so that renaming one can never silently change a rule.
/// </summary>
internal static class ConditionKeys
{
    /// <summary>Household register flags, for "household" (any of) and "notHousehold" (none of).</summary>
    public static readonly IReadOnlyDictionary<string, Func<HouseholdStatus, bool>> Household =
        new Dictionary<string, Func<HouseholdStatus, bool>>
        {
            ["lifted_out"] = h => h.IsLiftedOut,
            ["monitored"] = h => h.IsMonitored,
            ["dibao"] = h => h.HasDibao,
            ["tekun"] = h => h.IsTekun,
            ["low_income"] = h => h.IsLowIncome,
        };

    /// <summary>The reporter's priority flags, for "priority" (any of) and "notPriority" (none of).</summary>
    public static readonly IReadOnlyDictionary<string, Func<HouseholdStatus, bool>> Priority =
        new Dictionary<string, Func<HouseholdStatus, bool>>
        {
            ["elderly"] = h => h.IsElderly,
            ["disabled"] = h => h.IsDisabled,
            ["alone"] = h => h.LivesAlone,
        };

    public static readonly IReadOnlyDictionary<string, GuidanceSection> Sections =
        new Dictionary<string, GuidanceSection>
        {
            ["safety"] = GuidanceSection.Safety,
            ["relief"] = GuidanceSection.Relief,
            ["next"] = GuidanceSection.Next,
        };

    /// <summary>Placeholders a line may contain; only in rules that require a grid worker.</summary>
    public const string WorkerName = "{name}";

    public const string WorkerPhone = "{phone}";

    /// <summary>The village's shelter ("村小学安置点（村委会旁）"); only in rules that require a shelter on record.</summary>
    public const string Shelter = "{shelter}";
}
