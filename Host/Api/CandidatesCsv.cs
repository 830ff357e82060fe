using System.Globalization;
using Alerts.Bot.Reports;
using Alerts.Monitoring.Cases;
using Alerts.Store.Csv;

namespace Alerts.Host.Api;

/// <summary>Monitoring cases as CSV with Chinese headers, for the lists offices pass on (written by <see cref="CsvText"/>).</summary>
internal static class CandidatesCsv
{
    private static readonly string[] Headers =
        ["编号", "状态", "来源", "村", "户主", "地址", "报告编号", "灾害", "对象类型", "风险类型", "红色预警", "人均收入(元)", "认定期限", "说明"];

    public static byte[] Write(IReadOnlyList<CaseRow> rows) =>
        CsvText.Write(Headers, rows.Select(r => (IEnumerable<string>)[
            r.Id.ToString(CultureInfo.InvariantCulture), CaseStatus.ToChinese(r.Status), CaseSources.ToChinese(r.Source), r.VillageName,
            r.HeadName ?? "", r.Address ?? "", r.ReportNumber ?? "", r.Hazard is null ? "" : ReportLabels.Hazard(r.Hazard),
            r.ObjectType ?? "待定", CaseSources.RiskTypesText(r.RiskTypes), r.RedWarning ? "是" : "否",
            r.PerCapitaIncomeYuan?.ToString(CultureInfo.InvariantCulture) ?? "", r.DeadlineOn, r.Explanation,
        ]));
}
