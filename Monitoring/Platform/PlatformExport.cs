using System.Globalization;
using System.Text.Json;
using Alerts.Monitoring.Cases;
using Alerts.Store.Csv;
using Alerts.Store.Database;

namespace Alerts.Monitoring.Platform;

/// <summary>
/// The list of enrolled cases still to be keyed into 重庆精准扶贫大数据平台, as CSV with a BOM. The columns and their
/// order come from <c>Data/platform-export.json</c>, our reading of the fields (the seeds give no national layout).
/// </summary>
public sealed class PlatformExport(PlatformStore store)
{
    private sealed record Spec(string Reading, IReadOnlyList<Column> Columns);

    /// <summary>One column of the export: its header and which field of <see cref="PlatformRow"/> it shows.</summary>
    public sealed record Column(string Header, string Field);

    private static readonly Dictionary<string, Func<PlatformRow, string>> Fields = new()
    {
        ["case_id"] = r => Number(r.CaseId),
        ["village_code"] = r => r.VillageCode,
        ["village_name"] = r => r.VillageName,
        ["register_no"] = r => r.RegisterNo ?? "",
        ["head_name"] = r => r.HeadName ?? "",
        ["members"] = r => r.Members is { } m ? Number(m) : "",
        ["object_type"] = r => r.ObjectType ?? "",
        ["primary_risk_type"] = r => Risks(r).FirstOrDefault() ?? "",
        ["secondary_risk_types"] = r => string.Join("、", Risks(r).Skip(1)),
        ["per_capita_income_yuan"] = r => r.PerCapitaIncomeYuan is { } i ? Number(i) : "",
        ["source"] = r => CaseSources.ToChinese(r.Source),
        ["opened_on"] = r => Date(r.OpenedUtc),
        ["village_reviewed_on"] = r => Date(r.VillageReviewedUtc),
        ["town_revisited_on"] = r => Date(r.TownRevisitedUtc),
        ["enrolled_on"] = r => Date(r.EnrolledUtc),
        ["helper_name"] = r => r.HelperName ?? "",
        ["red_warning"] = r => r.RedWarning ? "是" : "否",
    };

    /// <summary>The columns as the data file orders them; a field we do not know fails at start, not in an export.</summary>
    public static IReadOnlyList<Column> Columns { get; } = Load();

    public async Task<byte[]> WriteAsync(string prefix, CancellationToken ct)
    {
        var rows = await store.WaitingUnderAsync(prefix, ct);
        return CsvText.Write(Columns.Select(c => c.Header), rows.Select(r => Columns.Select(c => Fields[c.Field](r))));
    }

    private static List<Column> Load()
    {
        using var stream = typeof(PlatformExport).Assembly.GetManifestResourceStream("Alerts.Monitoring.Data.platform-export.json")!;
        var spec = JsonSerializer.Deserialize<Spec>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var unknown = spec.Columns.Where(c => !Fields.ContainsKey(c.Field)).Select(c => c.Field).ToList();
        if (unknown.Count > 0 || spec.Columns.Count == 0)
            throw new InvalidOperationException($"platform-export.json names unknown fields: {string.Join(", ", unknown)}");
        return [.. spec.Columns];
    }

    private static string[] Risks(PlatformRow r) => JsonSerializer.Deserialize<string[]>(r.RiskTypes) ?? [];

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset? at) =>
        at is { } t ? BeijingTime.Today(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
