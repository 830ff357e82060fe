using System.Globalization;
using Alerts.Store.Reports;

namespace Alerts.Monitoring.Assessment;

/// <summary>Writes the one-paragraph Chinese explanation officials read beside a candidate.</summary>
public static class RiskExplanation
{
    public static string Build(RiskAssessment a, ReportEvidence report, RiskThresholdsOptions options)
    {
        List<string> parts = [Income(a, options)];
        AddIf(parts, a.HousingFails, "住房不安全");
        AddIf(parts, a.WaterFails, report.Water == WaterSupply.Polluted ? "饮用水被污染" : "没有饮用水");
        AddIf(parts, report.Deaths > 0, $"家中{report.Deaths}人遇难");
        AddIf(parts, report.Injured > 0, $"{report.Injured}人受伤");
        AddIf(parts, a.RigidSpendingExceedsIncome, "医疗支出超过上年家庭收入");
        AddIf(parts, report.HasLabour == false, "家中无劳动力");
        parts.Add(Conclusion(a));
        return (a.RedWarning ? "【红色预警】" : "") + string.Join("；", parts) + "。";
    }

    private static string Income(RiskAssessment a, RiskThresholdsOptions options)
    {
        if (a.PerCapitaIncomeYuan is not { } income)
        {
            return "收入不详，按保障情况判断";
        }

        var comparison = a.BelowRedWarningLine ? $"低于红色预警线{Line(options.RedWarningLineYuan)}元"
            : a.BelowMonitoringLine ? $"低于监测线{Line(options.MonitoringLineYuan)}元"
            : $"不低于监测线{Line(options.MonitoringLineYuan)}元";
        return $"灾后人均纯收入约{Yuan(income)}元，{comparison}";
    }

    private static string Conclusion(RiskAssessment a)
    {
        if (!a.AtRisk)
        {
            return "暂未达到监测标准";
        }

        var types = string.Join("、", a.RiskTypes.Select(t => t.ToChinese()));
        return a.AlreadyMonitored
            ? $"已是监测户，请帮扶责任人跟进，补充风险类型：{types}"
            : $"建议纳入监测：{a.ObjectType!.Value.ToChinese()}，风险类型：{types}，" +
              $"请于{a.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}前完成识别";
    }

    // Whole yuan, rounded down, so the shown figure never contradicts the comparison beside it: 5,999.67 reads
    // "5999", not "6000 … below 6000".
    private static string Yuan(decimal value) =>
        Math.Floor(value).ToString("0", CultureInfo.InvariantCulture);

    private static string Line(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void AddIf(List<string> parts, bool condition, string text)
    {
        if (condition)
        {
            parts.Add(text);
        }
    }
}
