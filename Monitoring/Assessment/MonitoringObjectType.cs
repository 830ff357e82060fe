namespace Alerts.Monitoring.Assessment;

/// <summary>The three monitoring object types (anchors.md §6); Chinese names via <see cref="AssessmentLabels"/>.</summary>
public enum MonitoringObjectType
{
    /// <summary>脱贫不稳定户: a lifted-out household at risk of relapse.</summary>
    UnstableLiftedOut,

    /// <summary>边缘易致贫户: an ordinary household below the monitoring line.</summary>
    MarginalAtRisk,

    /// <summary>突发严重困难户: income known and at or above the line, but a sudden, severe hardship.</summary>
    SuddenSevereHardship,
}
