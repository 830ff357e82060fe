namespace Alerts.Monitoring.Assessment;

/// <summary>
/// What the village register knows about the household a report is about. Null is "not recorded", never "fine" and
/// never "fails": an income or a guarantee nobody recorded is assessed once somebody records it.
/// </summary>
public sealed record HouseholdProfile
{
    /// <summary>脱贫户: lifted out of poverty, so a relapse makes it a 脱贫不稳定户.</summary>
    public bool IsLiftedOut { get; init; }

    /// <summary>监测户: already a monitoring object with a named helper.</summary>
    public bool IsMonitored { get; init; }

    /// <summary>低保 minimum living allowance.</summary>
    public bool HasDibao { get; init; }

    /// <summary>低保边缘 (just above the allowance line).</summary>
    public bool HasDibaoEdge { get; init; }

    /// <summary>特困 extreme-poverty support.</summary>
    public bool IsTekun { get; init; }

    /// <summary>A member is disabled (残疾).</summary>
    public bool IsDisabled { get; init; }

    /// <summary>Household size as policy 003 counts it (those who actually live together); null when unknown.</summary>
    public int? Members { get; init; }

    /// <summary>人均纯收入 of <see cref="IncomeYear"/> as the register records it; null when not recorded.</summary>
    public int? IncomePerPersonYuan { get; init; }

    /// <summary>The year the income figure is for; null when the register does not say.</summary>
    public int? IncomeYear { get; init; }

    /// <summary>The household's labour capacity on record; null when not recorded.</summary>
    public LabourCapacity? Labour { get; init; }

    /// <summary>不愁吃 on record (false fails, null unknown).</summary>
    public bool? FoodSecure { get; init; }

    /// <summary>不愁穿 on record.</summary>
    public bool? ClothingSecure { get; init; }

    /// <summary>义务教育有保障 on record.</summary>
    public bool? EducationSecure { get; init; }

    /// <summary>基本医疗有保障 on record.</summary>
    public bool? MedicalSecure { get; init; }

    /// <summary>住房安全有保障 on record.</summary>
    public bool? HousingSecure { get; init; }

    /// <summary>饮水安全有保障 on record.</summary>
    public bool? WaterSecure { get; init; }

    /// <summary>Last year's whole household income (per person × members); null when either is unknown.</summary>
    public long? AnnualIncomeYuan => 
        IncomePerPersonYuan is { } perPerson && Members is { } n && n > 0 ? (long)perPerson * n : null;
}
