namespace Alerts.Monitoring.Cases;

/// <summary>The words a case's status and stage are stored as; one place, so a page and a query never disagree.</summary>
public static class CaseStatus
{
    public const string Identifying = "identifying";
    public const string Monitored = "monitored";
    public const string Declined = "declined";
    public const string Exited = "exited";

    public static readonly IReadOnlyList<string> All = [Identifying, Monitored, Declined, Exited];

    /// <summary>Open cases: at most one per household.</summary>
    public static bool IsOpen(string status) => status is Identifying or Monitored;

    public static string ToChinese(string status) => status switch
    {
        Identifying => "识别中",
        Monitored => "监测帮扶中",
        Declined => "不予认定",
        Exited => "风险已消除",
        _ => status,
    };
}
