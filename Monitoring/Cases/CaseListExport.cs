using System.Globalization;
using System.Text.Json;
using Alerts.Store.Csv;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// The monitoring cases under a jurisdiction as CSV with a BOM (<see cref="CsvText"/>), the list offices pass on. The
/// columns and their order come from <c>Data/case-list-export.json</c>, our reading (the seeds give no national
/// layout). The one writer behind the API's <c>?format=csv</c> and the console's download.
/// </summary>
public sealed class CaseListExport(CaseStore store)
{
    private sealed record Spec(string Reading, IReadOnlyList<Column> Columns);

    /// <summary>One column of the export: its header and which field of <see cref="CaseRow"/> it shows.</summary>
    public sealed record Column(string Header, string Field);

    // The hazard's Chinese name is the Bot's (ReportLabels); Monitoring does not reference the Bot, so the caller lends it.
    private static readonly Dictionary<string, Func<CaseRow, Func<string?, string>, string>> Fields = new()
    {
        ["case_id"] = (r, _) => r.Id.ToString(CultureInfo.InvariantCulture),
        ["status"] = (r, _) => CaseStatus.ToChinese(r.Status),
        ["source"] = (r, _) => CaseSources.ToChinese(r.Source),
        ["village_code"] = (r, _) => r.VillageCode,
        ["village_name"] = (r, _) => r.VillageName,
        ["head_name"] = (r, _) => r.HeadName ?? "",
        ["address"] = (r, _) => r.Address ?? "",
        ["report_number"] = (r, _) => r.ReportNumber ?? "",
        ["hazard"] = (r, hazard) => r.Hazard is null ? "" : hazard(r.Hazard),
        ["object_type"] = (r, _) => r.ObjectType ?? "待定",
        ["risk_types"] = (r, _) => CaseSources.RiskTypesText(r.RiskTypes),
        ["red_warning"] = (r, _) => r.RedWarning ? "是" : "否",
        ["per_capita_income_yuan"] = (r, _) => r.PerCapitaIncomeYuan?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["deadline_on"] = (r, _) => r.DeadlineOn,
        ["explanation"] = (r, _) => r.Explanation,
    };

    /// <summary>The columns as the data file orders them; a field we do not know fails at start, not in an export.</summary>
    public static IReadOnlyList<Column> Columns { get; } = Load();

    /// <summary>The cases under <paramref name="prefix"/> (a jurisdiction or one village), of one status or all.</summary>
    public async Task<byte[]> WriteAsync(string prefix, string? status, Func<string?, string> hazardName, CancellationToken ct) =>
        Write(await store.ListUnderAsync(prefix, status, ct), hazardName);

    public static byte[] Write(IReadOnlyList<CaseRow> rows, Func<string?, string> hazardName) =>
        CsvText.Write(Columns.Select(c => c.Header), rows.Select(r => Columns.Select(c => Fields[c.Field](r, hazardName))));

    private static List<Column> Load()
    {
        using var stream = typeof(CaseListExport).Assembly.GetManifestResourceStream("Alerts.Monitoring.Data.case-list-export.json")!;
        var spec = JsonSerializer.Deserialize<Spec>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var unknown = spec.Columns.Where(c => !Fields.ContainsKey(c.Field)).Select(c => c.Field).ToList();
        if (unknown.Count > 0 || spec.Columns.Count == 0)
            throw new InvalidOperationException($"case-list-export.json names unknown fields: {string.Join(", ", unknown)}");
        return [.. spec.Columns];
    }
}
