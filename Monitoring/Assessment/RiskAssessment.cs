namespace Alerts.Monitoring.Assessment;

/// <summary>The relapse-risk verdict on one confirmed report, with the facts behind it for officials' screens.</summary>
public sealed record RiskAssessment
{
    /// <summary>The household belongs in monitoring scope (or, if already monitored, its risk has grown).</summary>
    public required bool AtRisk { get; init; }

    /// <summary>红色预警 (policy 003): income below the red line, or any guarantee fails.</summary>
    public required bool RedWarning { get; init; }

    /// <summary>The register's income and what is left of it per person after the reported loss.</summary>
    public required IncomeEstimate Income { get; init; }

    /// <summary>Estimated yearly net income per person after the reported loss; null when unknown.</summary>
    public decimal? PerCapitaIncomeYuan => Income.PerPersonYuan;

    public required bool BelowMonitoringLine { get; init; }

    public required bool BelowRedWarningLine { get; init; }

    /// <summary>两不愁三保障 and water guarantees that fail, from the report or the record; empty when none is known to.</summary>
    public required IReadOnlyList<FailedGuarantee> FailedGuarantees { get; init; }

    /// <summary>住房安全 fails: the house is unsafe or collapsed (report), or the record says so.</summary>
    public bool HousingFails => Fails(Guarantee.Housing);

    /// <summary>饮水安全 fails: no water or polluted water (report), or the record says so.</summary>
    public bool WaterFails => Fails(Guarantee.Water);

    /// <summary>
    /// Injury or extra medical spending. A concern, not a failed guarantee: whether basic medical care is out of reach
    /// is the 基本医疗 answer's to say, so it raises no red warning on its own.
    /// </summary>
    public required bool MedicalConcern { get; init; }

    /// <summary>刚性支出: extra medical spending (at most) above last year's whole household income.</summary>
    public required bool RigidSpendingExceedsIncome { get; init; }

    /// <summary>收入大幅缩减: the loss takes the configured share of last year's income, or the harvest failed unpriced.</summary>
    public required bool IncomeCollapse { get; init; }

    /// <summary>The crops were a total loss and no sum was said: counted as 收入大幅缩减, to be priced on the visit.</summary>
    public required bool CropFailureUnpriced { get; init; }

    /// <summary>The household was already a 监测户: no new identification, but its helper should act.</summary>
    public required bool AlreadyMonitored { get; init; }

    /// <summary>Null when not at risk, and when at risk but the income that decides the type is unknown.</summary>
    public required MonitoringObjectType? ObjectType { get; init; }

    /// <summary>Empty when not at risk; otherwise 因灾 first.</summary>
    public required IReadOnlyList<RiskType> RiskTypes { get; init; }

    /// <summary>When identification must finish (counted from the report); null unless this makes a new case.</summary>
    public required DateOnly? Deadline { get; init; }

    /// <summary>One short Chinese paragraph for officials: which facts decided, with the figures.</summary>
    public required string Explanation { get; init; }

    public bool IsNewCandidate => AtRisk && !AlreadyMonitored;

    private bool Fails(Guarantee g) => FailedGuarantees.Any(f => f.Guarantee == g);
}
