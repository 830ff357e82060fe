using System.Globalization;
using System.Text;
using Alerts.Bot.Reports;
using Alerts.Monitoring.Cases;

namespace Alerts.Host.Api;

/// <summary>
/// Monitoring cases as CSV with Chinese headers, for the lists offices pass on. UTF-8 with a byte-order mark so
/// that spreadsheet programs on Chinese Windows read the characters right; fields quoted per RFC 4180. Names,
/// addresses and explanations come from villagers and grid workers, so a cell a spreadsheet would take for a formula
/// is neutralised as OWASP's "CSV injection" page advises: a leading ' inside the quoted cell.
/// </summary>
internal static class CandidatesCsv
{
    private static readonly string[] Headers =
        ["编号", "状态", "来源", "村", "户主", "地址", "报告编号", "灾害", "对象类型", "风险类型", "红色预警", "人均收入(元)", "认定期限", "说明"];

    public static byte[] Write(IReadOnlyList<CaseRow> rows)
    {
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var r in rows)
            Line(text, [
                r.Id.ToString(CultureInfo.InvariantCulture), CaseStatus.ToChinese(r.Status), Source(r.Source), r.VillageName, r.HeadName ?? "", r.Address ?? "",
                r.ReportNumber ?? "", r.Hazard is null ? "" : ReportLabels.Hazard(r.Hazard), r.ObjectType ?? "待定", RiskTypes(r.RiskTypes), r.RedWarning ? "是" : "否",
                r.PerCapitaIncomeYuan?.ToString(CultureInfo.InvariantCulture) ?? "", r.DeadlineOn, r.Explanation,
            ]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");

    private static string Quote(string field)
    {
        var formula = field.Length > 0 && FormulaStarts.Contains(field[0]);
        if (formula) field = "'" + field;
        return formula || field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }

    // What a spreadsheet may start a formula with (OWASP CSV injection: = + - @, tab, carriage return).
    private const string FormulaStarts = "=+-@\t\r";

    private static string RiskTypes(string json) =>
        string.Join("、", System.Text.Json.JsonSerializer.Deserialize<string[]>(json) ?? []);

    private static string Source(string source) => source switch
    {
        "self_report" => "农户自主申报",
        "application" => "农户申请",
        "grid_visit" => "干部走访排查",
        "department_screening" => "部门筛查预警",
        _ => source,
    };
}
