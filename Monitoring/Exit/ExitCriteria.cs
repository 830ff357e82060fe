using System.Globalization;
using Alerts.Monitoring.Assessment;

namespace Alerts.Monitoring.Exit;

/// <summary>
/// When a monitored household's risk is gone (anchors.md §6 "Exit"): income per person stably above the monitoring
/// line — read as this year's recorded income at or above it —, 两不愁三保障 and safe drinking water all recorded
/// secure, and no help measure still planned or under way. A guarantee nobody recorded is not met: unknown is never
/// fine. Pure.
/// </summary>
public static class ExitCriteria
{
    public static IReadOnlyList<ExitCriterion> Check(ExitFacts f, int year, RiskThresholdsOptions options)
    {
        var line = options.MonitoringLineYuan;
        var income = f.IncomeYear == year && f.IncomePerPersonYuan is { } yuan
            ? new ExitCriterion("income", "人均纯收入稳定高于监测线", yuan >= line, $"{year}年人均{yuan}元，监测线{Yuan(line)}元")
            : new ExitCriterion("income", "人均纯收入稳定高于监测线", false,
                f.IncomePerPersonYuan is { } old ? $"只有{f.IncomeYear}年的收入（人均{old}元），未登记{year}年收入" : $"未登记{year}年收入");
        return
        [
            income,
            Guarantee("food", "不愁吃", f.FoodSecure),
            Guarantee("clothing", "不愁穿", f.ClothingSecure),
            Guarantee("education", "义务教育有保障", f.EducationSecure),
            Guarantee("medical", "基本医疗有保障", f.MedicalSecure),
            Guarantee("housing", "住房安全有保障", f.HousingSecure),
            Guarantee("water", "饮水安全有保障", f.WaterSecure),
            new ExitCriterion("measures", "帮扶措施已落实", f.OpenMeasures == 0,
                f.OpenMeasures == 0 ? "没有未完成的措施" : $"还有{f.OpenMeasures}项措施计划中或落实中"),
        ];
    }

    /// <summary>Every criterion with its verdict and what was found, for the decision record.</summary>
    public static string Summary(IEnumerable<ExitCriterion> criteria) =>
        string.Join("；", criteria.Select(c => $"{c.Name}：{(c.Met ? "符合" : "不符合")}（{c.Found}）"));

    private static ExitCriterion Guarantee(string key, string name, bool? secure) =>
        new(key, name, secure == true, secure switch { true => "已保障", false => "未保障", null => "未记录" });

    private static string Yuan(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);
}
