namespace Alerts.Monitoring.Assessment;

/// <summary>
/// What the village register knows about the household a report is about. Null is "not recorded", never "fine".
/// </summary>
public sealed record HouseholdProfile
{
    /// <summary>脱贫户: lifted out of poverty, so a relapse makes it a 脱贫不稳定户.</summary>
    public bool IsLiftedOut { get; init; }

    /// <summary>监测户: already a monitoring object with a named helper.</summary>
    public bool IsMonitored { get; init; }

    /// <summary>Household size as the policy counts it; below 1 means unknown.</summary>
    public int Members { get; init; } = 1;

    /// <summary>Last year's household net income (家庭纯收入) if the register has it.</summary>
    public int? AnnualIncomeYuan { get; init; }

    /// <summary>A member is disabled (残疾).</summary>
    public bool IsDisabled { get; init; }
}
