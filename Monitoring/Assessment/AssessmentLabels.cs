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

    public static string ToChinese(this Guarantee guarantee) => guarantee switch
    {
        Guarantee.Food => "吃饭没有着落",
        Guarantee.Clothing => "穿衣没有着落",
        Guarantee.Education => "孩子上不了学",
        Guarantee.Medical => "看不上病",
        Guarantee.Housing => "住房不安全",
        Guarantee.Water => "饮水不安全",
        _ => throw new ArgumentOutOfRangeException(nameof(guarantee), guarantee, null),
    };

    // Short forms as the issue and the screens use them; anchors.md §6 quotes local lists that spell the last two
    // out as 住房出现安全问题 and 饮水安全问题. Change them here if the county's system wants the long forms.
    public static string ToChinese(this RiskType type) => type switch
    {
        RiskType.Disaster => "因灾",
        RiskType.Illness => "因病",
        RiskType.Disability => "因残",
        RiskType.Schooling => "因学",
        RiskType.Housing => "住房安全",
        RiskType.DrinkingWater => "饮水安全",
        RiskType.LackOfLabour => "缺劳动力",
        RiskType.Accident => "因意外事故",
        RiskType.RigidSpending => "刚性支出大",
        RiskType.IncomeCollapse => "收入骤减",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
