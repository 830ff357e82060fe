using System.Text.Json;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// The routes a case comes by (policy 002 and anchors §6: 农户自主申报, 农户申请, 干部走访排查, 部门筛查预警), as stored
/// and as people read them; one place, so a page, a CSV and a notice never disagree.
/// </summary>
public static class CaseSources
{
    public const string SelfReport = "self_report";
    public const string Application = "application";
    public const string GridVisit = "grid_visit";
    public const string DepartmentScreening = "department_screening";

    public static string ToChinese(string source) => source switch
    {
        SelfReport => "农户自主申报",
        Application => "农户申请",
        GridVisit => "干部走访排查",
        DepartmentScreening => "部门筛查预警",
        _ => source,
    };

    /// <summary>A case's risk types (a JSON array of Chinese names) as one line: 因灾、住房安全.</summary>
    public static string RiskTypesText(string json) => string.Join("、", JsonSerializer.Deserialize<string[]>(json) ?? []);
}
