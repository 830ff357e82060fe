using Alerts.Store.Csv;

namespace Alerts.Incidents.Shelters;

/// <summary>
/// Shelters as CSV with Chinese headers in any order: 村代码, 名称, 容量 required; 地址, 经度, 纬度 may be absent or empty.
/// Every line is checked by <see cref="ShelterInput.Check"/> and every error named by its line.
/// </summary>
internal static class ShelterCsv
{
    public const int MaxRows = 5_000;
    private static readonly string[] Required = ["村代码", "名称", "容量"];
    private static readonly string[] Optional = ["地址", "经度", "纬度"];

    public static (List<ShelterRow> Rows, List<ShelterImportError> Errors) Parse(string text)
    {
        var rows = new List<ShelterRow>();
        var errors = new List<ShelterImportError>();
        var lines = CsvRows.Read(text);
        if (lines is null || lines.Count == 0)
            return (rows, [new(1, "文件为空或引号未闭合，不是有效的 CSV", "The file is empty or not valid CSV")]);
        var header = lines[0].Fields.Select(f => f.Trim()).ToList();
        var missing = Required.Where(h => !header.Contains(h)).ToList();
        if (missing.Count > 0)
            return (rows, [new(1, $"缺少列：{string.Join("、", missing)}", $"Missing columns: {string.Join(", ", missing)}")]);
        if (lines.Count - 1 > MaxRows)
            return (rows, [new(1, $"一次最多导入 {MaxRows} 行", $"At most {MaxRows} rows per import")]);
        var at = Required.Concat(Optional).ToDictionary(h => h, h => header.IndexOf(h));
        var seen = new HashSet<(string, string)>();
        foreach (var line in lines.Skip(1))
        {
            string Field(string name) => at[name] >= 0 && at[name] < line.Fields.Count ? line.Fields[at[name]].Trim() : "";
            var row = Row(line.Line, Field, errors);
            if (row is null) continue;
            if (!seen.Add((row.Input.VillageCode!, row.Input.Name!)))
                errors.Add(new(line.Line, "同一村的同名安置点在文件中出现了两次", "The same village and name appear twice in the file"));
            else rows.Add(row);
        }
        return (rows, errors);
    }

    private static ShelterRow? Row(int line, Func<string, string> field, List<ShelterImportError> errors)
    {
        var (input, refusals) = ShelterInput.FromText(field("村代码"), field("名称"), field("地址"), field("容量"), field("经度"), field("纬度"));
        errors.AddRange(refusals.Select(r => new ShelterImportError(line, r.Chinese, r.English)));
        return refusals.Count > 0 ? null : new ShelterRow(line, input);
    }
}

/// <summary>One good row of a shelter import and the line it came from.</summary>
internal sealed record ShelterRow(int Line, ShelterInput Input);
