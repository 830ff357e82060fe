namespace Alerts.Monitoring.Households;

/// <summary>
/// A household's register record: income, 两不愁三保障 and drinking water, labour, flags, helper and members. A null
/// answer is "not recorded", never "fine". Size is counted as policy 003 says and shown beside both facts it rests on.
/// </summary>
public sealed record HouseholdRecord
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public string? VillageName { get; init; }

    /// <summary>户编号; null for a household the register has not (yet) listed, e.g. one a villager registered.</summary>
    public string? RegisterNo { get; init; }

    public required string HeadName { get; init; }
    public string Address { get; init; } = "";

    /// <summary>人均纯收入 in yuan for <see cref="IncomeYear"/>, from <see cref="IncomeSource"/>.</summary>
    public int? IncomePerPersonYuan { get; init; }
    public int? IncomeYear { get; init; }
    public string? IncomeSource { get; init; }

    public bool? FoodSecure { get; init; }
    public bool? ClothingSecure { get; init; }
    public bool? EducationSecure { get; init; }
    public bool? MedicalSecure { get; init; }
    public bool? HousingSecure { get; init; }
    public bool? WaterSecure { get; init; }

    /// <summary>The household's labour capacity: full, weak, none, or null when unknown.</summary>
    public string? Labour { get; init; }

    public bool IsLiftedOut { get; init; }
    public bool IsMonitored { get; init; }
    public bool HasDibao { get; init; }
    public bool HasDibaoEdge { get; init; }
    public bool IsTekun { get; init; }
    public bool HasDisabled { get; init; }

    /// <summary>帮扶责任人.</summary>
    public long? HelperId { get; init; }
    public string? HelperName { get; init; }

    /// <summary>The helper's mobile (E.164), for staff of the place to call.</summary>
    public string? HelperPhone { get; init; }

    public DateTimeOffset? UpdatedUtc { get; init; }

    /// <summary>Register members who live here (共同生活).</summary>
    public int LivingMembers { get; init; }

    /// <summary>Everyone the register lists (户籍 or not).</summary>
    public int RegisterRows { get; init; }

    /// <summary>People enrolled in the household (bot or seed), the fallback when no register was imported.</summary>
    public int EnrolledPeople { get; init; }

    /// <summary>The size policy 003 counts.</summary>
    public int Size => HouseholdSize.Of(LivingMembers, RegisterRows, EnrolledPeople);

    public IReadOnlyList<HouseholdMember> Members { get; init; } = [];
}
