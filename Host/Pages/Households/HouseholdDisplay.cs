using System.Globalization;
using Alerts.Monitoring.Households;

namespace Alerts.Host.Pages.Households;

/// <summary>How a household record's stored facts read on the console. A fact not recorded reads 不详, never as fine.</summary>
internal static class HouseholdDisplay
{
    /// <summary>两不愁三保障 and drinking water, in the register's order, with the record's answer to each.</summary>
    public static IReadOnlyList<(string Id, string Label, bool? Secure)> Guarantees(HouseholdRecord r) =>
    [
        ("food", "不愁吃", r.FoodSecure),
        ("clothing", "不愁穿", r.ClothingSecure),
        ("education", "义务教育有保障", r.EducationSecure),
        ("medical", "基本医疗有保障", r.MedicalSecure),
        ("housing", "住房安全有保障", r.HousingSecure),
        ("water", "饮水安全有保障", r.WaterSecure),
    ];

    public static string Answer(bool? secure) => secure switch { true => "是", false => "否", null => "不详" };

    /// <summary>A style hook beside the word: a failed guarantee stands out, an unknown one is marked as unknown.</summary>
    public static string AnswerClass(bool? secure) => secure switch { true => "ok", false => "bad", null => "unknown" };

    public static string YesNo(bool value) => value ? "是" : "否";

    /// <summary>"5200 元（2025 年度，收入核查）"; 不详 when the register gives no figure.</summary>
    public static string Income(int? yuan, int? year, string? source)
    {
        if (yuan is not { } amount) return "不详";
        var of = new[] { year is { } y ? $"{y.ToString(CultureInfo.InvariantCulture)} 年度" : null, source }
            .Where(part => !string.IsNullOrWhiteSpace(part)).ToList();
        var text = $"{amount.ToString(CultureInfo.InvariantCulture)} 元";
        return of.Count == 0 ? text : $"{text}（{string.Join("，", of)}）";
    }

    /// <summary>The register's flags the household carries, or 无.</summary>
    public static string Flags(HouseholdRecord r)
    {
        var flags = new List<string>();
        if (r.IsLiftedOut) flags.Add("脱贫户");
        if (r.IsMonitored) flags.Add("监测户");
        if (r.HasDibao) flags.Add("低保");
        if (r.HasDibaoEdge) flags.Add("低保边缘");
        if (r.IsTekun) flags.Add("特困");
        if (r.HasDisabled) flags.Add("有残疾人");
        return flags.Count == 0 ? "无" : string.Join("、", flags);
    }
}
