using System.ComponentModel.DataAnnotations;

namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Relapse-monitoring thresholds. The line and both multipliers change yearly and by province (domain.md), so they
/// are configuration. Defaults are Chongqing 2020: line 4,000 CNY, monitoring below 1.5 × = 6,000, red below
/// 1.2 × = 4,800 per person per year. Section "Monitoring".
/// </summary>
public sealed class RiskThresholdsOptions
{
    public const string SectionName = "Monitoring";

    /// <summary>The poverty line the multipliers apply to, CNY per person per year.</summary>
    [Range(1, 1_000_000)]
    public int PovertyLineYuan { get; set; } = 4000;

    /// <summary>Income per person below line × this puts a household in monitoring scope.</summary>
    [Range(typeof(decimal), "0.1", "10")]
    public decimal MonitoringMultiplier { get; set; } = 1.5m;

    /// <summary>Income per person below line × this raises a red warning; not above <see cref="MonitoringMultiplier"/>.</summary>
    [Range(typeof(decimal), "0.1", "10")]
    public decimal RedWarningMultiplier { get; set; } = 1.2m;

    /// <summary>Identification must finish within this many days of the first report (Mu'er plan: 15).</summary>
    [Range(1, 365)]
    public int CandidateDeadlineDays { get; set; } = 15;

    /// <summary>
    /// 收入大幅缩减 (policy 003 names it, gives no figure; our reading): a loss of at least this share of last year's
    /// household income puts the household in scope. 0.5 = half a year's income gone.
    /// </summary>
    [Range(typeof(decimal), "0.05", "1")]
    public decimal IncomeCollapseShare { get; set; } = 0.5m;

    /// <summary>
    /// A register income this many years older than the report is too old to decide anything (the window is the 12
    /// months before the application, anchors.md §6): the household is then assessed as of unknown income.
    /// </summary>
    [Range(0, 20)]
    public int IncomeMaxAgeYears { get; set; } = 2;

    // Decimal, not double: 1.2 × 4000 must be exactly 4800, or the boundary moves by a rounding error.
    public decimal MonitoringLineYuan => PovertyLineYuan * MonitoringMultiplier;

    public decimal RedWarningLineYuan => PovertyLineYuan * RedWarningMultiplier;
}
