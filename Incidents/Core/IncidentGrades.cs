namespace Alerts.Incidents.Core;

/// <summary>
/// The grades of art. 5 of the Chongqing geological-hazard regulation as the store writes them, lowest first, and their
/// Chinese names. "unclassified" (未分级) is an incident of a family with no grading table.
/// </summary>
public static class IncidentGrades
{
    public const string Unclassified = "unclassified";
    public const string Small = "small";
    public const string Medium = "medium";
    public const string Large = "large";
    public const string ExtraLarge = "extra_large";

    /// <summary>The four grades of art. 5, lowest first.</summary>
    public static readonly IReadOnlyList<string> Ordered = [Small, Medium, Large, ExtraLarge];

    /// <summary>0 for unclassified, then 1 (小型) to 4 (特大型).</summary>
    public static int Rank(string? grade) => grade is null ? 0 : Ordered.IndexOf(grade) + 1;

    /// <summary>The higher of two grades (null and unclassified lowest).</summary>
    public static string Higher(string? a, string? b) =>
        Rank(a) >= Rank(b) ? a ?? Unclassified : b ?? Unclassified;

    /// <summary>大型 or 特大型: the grades art. 35 requires the county to report to the municipality within the hour.</summary>
    public static bool MustReportUp(string? grade) => Rank(grade) >= Rank(Large);

    public static string ToChinese(string? grade) => grade switch
    {
        Small => "小型",
        Medium => "中型",
        Large => "大型",
        ExtraLarge => "特大型",
        _ => "未分级",
    };

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }
}
