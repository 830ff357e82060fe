namespace Alerts.Monitoring.Assessment;

/// <summary>The relapse-risk verdict on one confirmed report, with the facts behind it for officials' screens.</summary>
public sealed record RiskAssessment
{
    /// <summary>The household belongs in monitoring scope (or, if already monitored, its risk has grown).</summary>
    public required bool AtRisk { get; init; }

    /// <summary>红色预警: income below the red line, or housing or water safety fails.</summary>
    public required bool RedWarning { get; init; }

    /// <summary>Estimated yearly net income per person after the reported loss; null when income or size is unknown.</summary>
    public required decimal? PerCapitaIncomeYuan { get; init; }

    public required bool BelowMonitoringLine { get; init; }

    public required bool BelowRedWarningLine { get; init; }

    /// <summary>住房安全 fails: the house is unsafe or collapsed.</summary>
    public required bool HousingFails { get; init; }

    /// <summary>饮水安全 fails: no water, or polluted water.</summary>
    public required bool WaterFails { get; init; }

    /// <summary>
    /// Injury or extra medical spending. A concern, not a failed guarantee: whether basic medical care is out of reach
    /// is for the visit to judge, so it raises no red warning on its own.
    /// </summary>
    public required bool MedicalConcern { get; init; }

    /// <summary>Extra medical spending above last year's whole household income.</summary>
    public required bool RigidSpendingExceedsIncome { get; init; }

    /// <summary>The household was already a 监测户: no new identification, but its helper should act.</summary>
    public required bool AlreadyMonitored { get; init; }

    /// <summary>Null when not at risk.</summary>
    public required MonitoringObjectType? ObjectType { get; init; }

    /// <summary>Empty when not at risk; otherwise 因灾 first.</summary>
    public required IReadOnlyList<RiskType> RiskTypes { get; init; }

    /// <summary>When identification must finish; null unless this makes a new monitoring candidate.</summary>
    public required DateOnly? Deadline { get; init; }

    /// <summary>One short Chinese paragraph for officials.</summary>
    public required string Explanation { get; init; }

    public bool IsNewCandidate => AtRisk && !AlreadyMonitored;
}
