using System.Globalization;
using Alerts.Store.Csv;
using Alerts.Store.Regions;

namespace Alerts.Monitoring.Screening;

/// <summary>
/// A department's list as CSV with Chinese headers in any order: 村代码, 户主姓名, 户编号 (may be empty or absent), 原因,
/// 名单日期 (yyyy-MM-dd, yyyy/M/d or yyyyMMdd). Every line is checked and every error named by its line, so an office
/// fixes its whole list in one go.
/// </summary>
internal static class ScreeningCsv
{
    public const int MaxRows = 20_000;
    private const int MaxName = 30, MaxReason = 200, MaxRegisterNo = 40;
    private static readonly string[] Required = ["村代码", "户主姓名", "原因", "名单日期"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyyMMdd"];

    public static (List<ScreeningRow> Rows, List<ScreeningError> Errors) Parse(string text, DateOnly today)
    {
        var rows = new List<ScreeningRow>();
        var errors = new List<ScreeningError>();
        var lines = CsvRows.Read(text);
        if (lines is null || lines.Count == 0)
            return (rows, [new ScreeningError(1, "文件为空或引号未闭合，不是有效的 CSV", "The file is empty or not valid CSV")]);
        var header = lines[0].Fields.Select(f => f.Trim()).ToList();
        var missing = Required.Where(h => !header.Contains(h)).ToList();
        if (missing.Count > 0)
            return (rows, [new ScreeningError(1, $"缺少列：{string.Join("、", missing)}", $"Missing columns: {string.Join(", ", missing)}")]);
        if (lines.Count - 1 > MaxRows)
            return (rows, [new ScreeningError(1, $"一次最多导入 {MaxRows} 行", $"At most {MaxRows} rows per import")]);
        var at = Required.Append("户编号").ToDictionary(h => h, h => header.IndexOf(h));
        foreach (var line in lines.Skip(1))
        {
            string Field(string name) => at[name] >= 0 && at[name] < line.Fields.Count ? line.Fields[at[name]].Trim() : "";
            if (Row(line.Line, Field, today, errors) is { } row) rows.Add(row);
        }
        return (rows, errors);
    }

    private static ScreeningRow? Row(int line, Func<string, string> field, DateOnly today, List<ScreeningError> errors)
    {
        var before = errors.Count;
        var (village, head, number, reason, date) = (field("村代码"), field("户主姓名"), field("户编号"), field("原因"), field("名单日期"));
        if (!DivisionCode.IsWellFormed(village) || DivisionCode.Level(village) != 5)
            errors.Add(new(line, "村代码须为 12 位村级区划代码", "村代码 must be a 12-digit village code"));
        if (head.Length is 0 or > MaxName)
            errors.Add(new(line, $"户主姓名不能为空，不超过 {MaxName} 字", $"户主姓名 must have 1 to {MaxName} characters"));
        if (number.Length > MaxRegisterNo)
            errors.Add(new(line, $"户编号不超过 {MaxRegisterNo} 字", $"户编号 is longer than {MaxRegisterNo} characters"));
        if (reason.Length is 0 or > MaxReason)
            errors.Add(new(line, $"原因不能为空，不超过 {MaxReason} 字", $"原因 must have 1 to {MaxReason} characters"));
        var dated = DateOnly.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var on);
        if (!dated || on > today)
            errors.Add(new(line, "名单日期须为不晚于今天的日期（如 2026-11-20）", "名单日期 must be a date not after today (e.g. 2026-11-20)"));
        return errors.Count > before ? null : new ScreeningRow(line, village, head, number.Length == 0 ? null : number, reason, on);
    }
}
