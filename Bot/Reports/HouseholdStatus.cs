namespace Alerts.Bot.Reports;

/// <summary>
/// What the village register already knows about the reporting household, plus the reporter's priority flags
/// (elderly, disabled, living alone) from enrolment. Guidance reads it; the relapse-risk assessment reads the whole
/// register record through Alerts.Monitoring's HouseholdProfileReader instead.
/// </summary>
internal sealed record HouseholdStatus
{
    /// <summary>脱贫户: lifted out of poverty, so a relapse makes it a 脱贫不稳定户.</summary>
    public bool IsLiftedOut { get; init; }

    /// <summary>监测户: already a monitoring object with a named helper.</summary>
    public bool IsMonitored { get; init; }

    /// <summary>低保 minimum living allowance.</summary>
    public bool HasDibao { get; init; }

    /// <summary>特困 extreme-poverty support.</summary>
    public bool IsTekun { get; init; }

    /// <summary>Other registered low-income household (低收入人口).</summary>
    public bool IsLowIncome { get; init; }

    /// <summary>Household size; below 1 means unknown, and income per head is then not estimated.</summary>
    public int Members { get; init; } = 1;

    /// <summary>The reporter is 60 or older.</summary>
    public bool IsElderly { get; init; }

    public bool IsDisabled { get; init; }

    public bool LivesAlone { get; init; }
}
