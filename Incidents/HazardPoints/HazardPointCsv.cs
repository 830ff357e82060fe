using System.Globalization;
using Alerts.Store.Csv;
using Alerts.Store.Regions;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// A hazard point register as CSV with Chinese headers in any order (README "Hazard points"). Every row is checked on
/// its own first and every error named by row and column, so an office fixes its whole file in one go.
/// </summary>
internal static class HazardPointCsv
{
    public const int MaxRows = 5_000, MaxErrors = 500;
    public const string Code = "统一编号", Name = "名称", Village = "村代码", Kind = "类型", Longitude = "经度", Latitude = "纬度",
        People = "威胁人数", Property = "威胁财产（万元）", Households = "受威胁户", Monitor = "监测员", Shelter = "安置点";
    public static readonly string[] Required = [Code, Name, Village, Kind, People, Households];
    public static readonly string[] All = [Code, Name, Village, Kind, Longitude, Latitude, People, Property, Households, Monitor, Shelter];
    private static readonly char[] HouseholdSeparators = ['；', ';', '、'];

    public static (List<HazardPointRow> Rows, List<HazardPointError> Errors) Parse(string text)
    {
        var (rows, errors) = (new List<HazardPointRow>(), new List<HazardPointError>());
        var lines = CsvRows.Read(text);
        if (lines is null || lines.Count == 0) return (rows, [new(0, null, "文件为空或引号未闭合，不是有效的 CSV")]);
        var header = lines[0].Fields.Select(Normalise).ToList();
        foreach (var unknown in header.Where(h => h.Length > 0 && !All.Contains(h)))
            errors.Add(new(1, unknown, $"不认识的列名（可用的列：{string.Join("、", All)}）"));
        foreach (var missing in Required.Where(h => !header.Contains(h))) errors.Add(new(1, missing, "缺少这一列"));
        if (lines.Count == 1) errors.Add(new(0, null, "文件只有表头，没有数据行"));
        if (lines.Count - 1 > MaxRows) errors.Add(new(0, null, $"一次最多导入 {MaxRows} 个隐患点"));
        if (errors.Count > 0) return (rows, errors);
        foreach (var line in lines.Skip(1))
        {
            string Field(string name) => header.IndexOf(name) is var i and >= 0 && i < line.Fields.Count ? line.Fields[i].Trim() : "";
            if (Row(line.Line, Field, errors) is { } row) rows.Add(row);
        }
        foreach (var twice in rows.GroupBy(r => r.Code).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            errors.Add(new(twice.Row, Code, $"统一编号 {twice.Code} 在文件中重复"));
        return (rows, errors);
    }

    // Spreadsheets write the brackets either way: 威胁财产(万元) is the same column.
    private static string Normalise(string header) => header.Trim().Replace('(', '（').Replace(')', '）');

    private static HazardPointRow? Row(int line, Func<string, string> field, List<HazardPointError> errors)
    {
        var before = errors.Count;
        void Error(string column, string message) => errors.Add(new(line, column, message));
        var (code, name, village) = (field(Code), field(Name), field(Village));
        if (code.Length is 0 or > 40) Error(Code, "统一编号不能为空，不超过 40 字");
        if (name.Length is 0 or > 60) Error(Name, "名称不能为空，不超过 60 字");
        if (!DivisionCode.IsWellFormed(village) || DivisionCode.Level(village) != 5) Error(Village, "村代码须为 12 位村级区划代码");
        var kind = HazardPointKinds.KeyOf(field(Kind));
        if (kind is null) Error(Kind, $"类型须为 {string.Join("、", HazardPointKinds.ChineseNames)} 之一");
        var longitude = Coordinate(field(Longitude), 73, 136, Longitude, Error);
        var latitude = Coordinate(field(Latitude), 3, 54, Latitude, Error);
        if (!int.TryParse(field(People), NumberStyles.None, CultureInfo.InvariantCulture, out var people) || people > 1_000_000)
            Error(People, "威胁人数须为 0 或正整数");
        long? yuan = null;
        if (field(Property) is { Length: > 0 } wan)
        {
            if (decimal.TryParse(wan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) && w <= 10_000_000)
                yuan = (long)Math.Round(w * 10_000m);
            else Error(Property, "威胁财产须为万元数（如 120 或 35.5），不知道就留空");
        }
        var numbers = field(Households).Split(HouseholdSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();
        if (numbers.Count == 0) Error(Households, "须填受威胁户的户编号，用“；”或“、”分开");
        if (numbers.Count > 2_000) Error(Households, "受威胁户最多 2000 户");
        var (monitor, shelter) = (field(Monitor), field(Shelter));
        if (shelter.Length > 60) Error(Shelter, "安置点名称不超过 60 字");
        return errors.Count > before ? null : new HazardPointRow(line, code, name, village, kind!, longitude, latitude, people, yuan,
            numbers, monitor.Length == 0 ? null : monitor, shelter.Length == 0 ? null : shelter);
    }

    private static double? Coordinate(string text, double min, double max, string column, Action<string, string> error)
    {
        if (text.Length == 0) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        error(column, $"{column}须为 {min} 到 {max} 之间的数（度），不知道就留空");
        return null;
    }
}
