using Alerts.Bot.Reports;

namespace Alerts.Bot.Guidance;

/// <summary>A rule's conditions compiled from <see cref="GuidanceConditionData"/>; null members do not constrain.</summary>
internal sealed record RuleCondition
{
    public IReadOnlySet<string>? Hazards { get; init; }

    public IReadOnlySet<HouseDamage>? House { get; init; }

    public IReadOnlySet<WaterSupply>? Water { get; init; }

    public IReadOnlySet<CropLoss>? Crops { get; init; }

    public bool? Livestock { get; init; }

    public bool? Injured { get; init; }

    public bool? Deaths { get; init; }

    public bool? IncomeLost { get; init; }

    public bool? Medical { get; init; }

    public bool? Labour { get; init; }

    public bool? ForNeighbour { get; init; }

    public bool? Worker { get; init; }

    public bool? Shelter { get; init; }

    /// <summary>At least one of these register flags is set.</summary>
    public IReadOnlyList<Func<HouseholdStatus, bool>>? AnyHousehold { get; init; }

    /// <summary>At least one of these priority flags is set.</summary>
    public IReadOnlyList<Func<HouseholdStatus, bool>>? AnyPriority { get; init; }

    /// <summary>None of these flags (register or priority) is set.</summary>
    public IReadOnlyList<Func<HouseholdStatus, bool>>? NoFlag { get; init; }

    public static RuleCondition Compile(GuidanceConditionData? data) => data is null ? new() : new()
    {
        Hazards = data.Hazard?.ToHashSet(StringComparer.Ordinal),
        House = data.House?.Select(k => ReportKeys.House[k]).ToHashSet(),
        Water = data.Water?.Select(k => ReportKeys.Water[k]).ToHashSet(),
        Crops = data.Crops?.Select(k => ReportKeys.Crops[k]).ToHashSet(),
        Livestock = data.Livestock,
        Injured = data.Injured,
        Deaths = data.Deaths,
        IncomeLost = data.IncomeLost,
        Medical = data.Medical,
        Labour = data.Labour,
        ForNeighbour = data.ForNeighbour,
        Worker = data.Worker,
        Shelter = data.Shelter,
        AnyHousehold = data.Household?.Select(k => ConditionKeys.Household[k]).ToList(),
        AnyPriority = data.Priority?.Select(k => ConditionKeys.Priority[k]).ToList(),
        NoFlag = data.NotHousehold is null && data.NotPriority is null ? null :
        [
            .. (data.NotHousehold ?? []).Select(k => ConditionKeys.Household[k]),
            .. (data.NotPriority ?? []).Select(k => ConditionKeys.Priority[k]),
        ],
    };

    public bool Matches(ReportAnswers report, HouseholdStatus household, bool hasWorker, bool hasShelter = false) =>
        (Hazards is null || Hazards.Contains(report.Hazard)) &&
        (House is null || House.Contains(report.House)) &&
        (Water is null || Water.Contains(report.Water)) &&
        (Crops is null || Crops.Contains(report.Crops)) &&
        Is(Livestock, report.LivestockLost) &&
        Is(Injured, report.Injured > 0) &&
        Is(Deaths, report.Deaths > 0) &&
        Is(IncomeLost, report.IncomeLostYuan > 0) &&
        Is(Medical, report.ExtraMedicalYuan > 0) &&
        (Labour is null || report.HasLabour == Labour) &&
        Is(ForNeighbour, report.ForNeighbour) &&
        Is(Worker, hasWorker) &&
        Is(Shelter, hasShelter) &&
        (AnyHousehold is null || AnyHousehold.Any(f => f(household))) &&
        (AnyPriority is null || AnyPriority.Any(f => f(household))) &&
        (NoFlag is null || !NoFlag.Any(f => f(household)));

    private static bool Is(bool? wanted, bool actual) => wanted is null || wanted == actual;
}
