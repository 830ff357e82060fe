using Alerts.Store.Reports;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// A point's 类型 as the natural resources register writes it, mapped onto the report hazard keys (Store's
/// <see cref="ReportHazards"/>), so a point and a report of the same danger read alike.
/// </summary>
public static class HazardPointKinds
{
    private static readonly (string Chinese, string Key)[] All =
    [
        ("滑坡", "landslide"), ("崩塌", "collapse"), ("泥石流", "debris_flow"), ("地面塌陷", "ground_collapse"),
    ];

    /// <summary>The Chinese names a register may use, in the order the regulation lists them.</summary>
    public static IReadOnlyList<string> ChineseNames { get; } = [.. All.Select(k => k.Chinese)];

    /// <summary>The hazard key of a 类型, or null when the register's word is not one of the four.</summary>
    public static string? KeyOf(string chinese) => All.FirstOrDefault(k => k.Chinese == chinese.Trim()).Key;

    public static string ToChinese(string key) => All.FirstOrDefault(k => k.Key == key).Chinese ?? "其他";
}
