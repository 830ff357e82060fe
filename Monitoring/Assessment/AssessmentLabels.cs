namespace Alerts.Monitoring.Assessment;

/// <summary>The Chinese names officials see and the monitoring system uses for object and risk types.</summary>
public static class AssessmentLabels
{
    public static string ToChinese(this MonitoringObjectType type) => type switch
    {
        MonitoringObjectType.UnstableLiftedOut => "脱贫不稳定户",
        MonitoringObjectType.MarginalAtRisk => "边缘易致贫户",
        MonitoringObjectType.SuddenSevereHardship => "突发严重困难户",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    // Short forms as the issue and the screens use them; anchors.md §6 quotes local lists that spell the last two
    // out as 住房出现安全问题 and 饮水安全问题. Change them here if the county's system wants the long forms.
    public static string ToChinese(this RiskType type) => type switch
    {
        RiskType.Disaster => "因灾",
        RiskType.Illness => "因病",
        RiskType.Disability => "因残",
        RiskType.Housing => "住房安全",
        RiskType.DrinkingWater => "饮水安全",
        RiskType.LackOfLabour => "缺劳动力",
        RiskType.Accident => "因意外事故",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
