using System.Globalization;
using Alerts.Store.Reports;

namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Writes the one-paragraph Chinese explanation officials read beside a case: which facts decided, with the figures
/// (income, household size, the loss read at its most, the lines, the share of income lost), and where a failed
/// guarantee comes from when only the record says so.
/// </summary>
public static class RiskExplanation
{
    public static string Build(RiskAssessment a, ReportEvidence report, HouseholdProfile household, RiskThresholdsOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(options);
        List<string> parts = [Income(a, report, household, options)];
        parts.AddRange(a.FailedGuarantees.Select(Guarantee));
        AddIf(parts, report.Deaths > 0, $"家中{report.Deaths}人遇难");
        AddIf(parts, report.Injured > 0, $"{report.Injured}人受伤");
        AddIf(parts, a.RigidSpendingExceedsIncome,
            $"额外医疗费最多{report.ExtraMedicalAtMostYuan}元，超过上年家庭收入{household.AnnualIncomeYuan}元");
        AddIf(parts, a.IncomeCollapse && !a.CropFailureUnpriced,
            $"损失最多{report.IncomeLostAtMostYuan}元，达到上年家庭收入{household.AnnualIncomeYuan}元的" +
            $"{Percent(options.IncomeCollapseShare)}，收入大幅缩减");
        AddIf(parts, a.CropFailureUnpriced, "庄稼绝收、损失金额没说，按收入大幅缩减待核实");
        AddIf(parts, report.HasLabour == false, "家中无劳动力");
        AddIf(parts, report.HasLabour != false && household.Labour == LabourCapacity.None, "档案记载无劳动力");
        AddIf(parts, Register(household) is { Length: > 0 }, "档案：" + Register(household));
        parts.Add(Conclusion(a));
        return (a.RedWarning ? "【红色预警】" : "") + string.Join("；", parts) + "。";
    }

    private static string Income(RiskAssessment a, ReportEvidence report, HouseholdProfile household, RiskThresholdsOptions options)
    {
        var income = a.Income;
        if (income.StaleYear is { } stale) return $"登记的人均纯收入是{stale}年的，已过时，收入待核实";
        if (household.IncomePerPersonYuan is not { } stored) return "收入不详（档案未登记），收入待核实";
        if (income.PerPersonYuan is not { } left) return $"人均纯收入{stored}元{Year(income)}，家庭人口不详，无法折算损失，收入待核实";

        var loss = (report.IncomeLostAtMostYuan ?? 0) + (report.ExtraMedicalAtMostYuan ?? 0);
        var text = $"人均纯收入{stored}元{Year(income)}";
        if (loss > 0) text += $"，{household.Members}口人扣除损失和医疗费最多{loss}元后约{Yuan(left)}元";
        if (income.IsAtMost) text += "（庄稼绝收、损失没说，实际更低）";
        var comparison = a.BelowRedWarningLine ? $"低于红色预警线{Line(options.RedWarningLineYuan)}元"
            : a.BelowMonitoringLine ? $"低于监测线{Line(options.MonitoringLineYuan)}元"
            : income.IsAtMost ? $"是否低于监测线{Line(options.MonitoringLineYuan)}元待核实"
            : $"不低于监测线{Line(options.MonitoringLineYuan)}元";
        return text + "，" + comparison;
    }

    private static string Guarantee(FailedGuarantee g) =>
        g.Guarantee.ToChinese() + (g.OnRecord && !g.SaidInReport ? "（档案记载）" : "");

    private static string Register(HouseholdProfile h) => string.Join("、", new[]
    {
        h.IsLiftedOut ? "脱贫户" : null, h.HasDibao ? "低保户" : null, h.HasDibaoEdge ? "低保边缘户" : null,
        h.IsTekun ? "特困户" : null, h.IsDisabled ? "有残疾人" : null,
    }.Where(s => s is not null));

    private static string Conclusion(RiskAssessment a)
    {
        if (!a.AtRisk)
        {
            return "暂未达到监测标准";
        }

        var types = string.Join("、", a.RiskTypes.Select(t => t.ToChinese()));
        var type = a.ObjectType is { } t ? t.ToChinese() : "对象类型待收入核实后确定";
        return a.AlreadyMonitored
            ? $"已是监测户，请帮扶责任人跟进，补充风险类型：{types}"
            : $"建议纳入监测：{type}，风险类型：{types}，" +
              $"请于{a.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}前完成识别";
    }

    private static string Year(IncomeEstimate income) => income.Year is { } y ? $"（{y}年）" : "";

    // Whole yuan, rounded down, so the shown figure never contradicts the comparison beside it: 5,999.67 reads
    // "5999", not "6000 … below 6000".
    private static string Yuan(decimal value) =>
        Math.Floor(value).ToString("0", CultureInfo.InvariantCulture);

    private static string Line(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static void AddIf(List<string> parts, bool condition, string text)
    {
        if (condition)
        {
            parts.Add(text);
        }
    }
}
