namespace Alerts.Bot.Reports;

internal sealed class SelfReportState
{
    public ReportStep Step { get; set; }
    public ReportDraft Draft { get; set; } = new();
    /// <summary>"injured" or "dead" while the count is asked; "answered" once the people question is done.</summary>
    public string? PeopleAnswer { get; set; }
    public bool ExtrasDone { get; set; }
    /// <summary>The register lists a child of compulsory-school age in the reporter's household (read once, at the start).</summary>
    public bool SchoolAgeChild { get; set; }
    /// <summary>At the summary, the list of fields to change is being shown.</summary>
    public bool ChoosingField { get; set; }
}
