using Alerts.Host.Web;
using Alerts.Incidents.Upward;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// What the report up's actions need to render (<c>_UpwardForms</c>, <c>_UpwardCountdown</c>): the report as it stands,
/// and on a refused post the input kept with the reason beside its field. The incident page's panel renders it without
/// errors; <see cref="UpwardModel"/> with them.
/// </summary>
internal sealed record UpwardForms(UpwardReportView Report, FormErrors Errors, UpwardInput? Input = null)
{
    public static UpwardForms Of(UpwardReportView report) => new(report, new FormErrors());

    /// <summary>The input kept only for the report the refused post was about.</summary>
    public UpwardInput? Kept => Input?.ReportId == Report.Id ? Input : null;

    public string Action => $"/incidents/{Report.IncidentId}/upward";

    /// <summary>Field ids carry the report's id: an incident may have had a second report (特大型 after 大型).</summary>
    public string Id(string field) => $"{field}-{Report.Id}";
}

/// <summary>A post's input, kept to re-render the form it came from.</summary>
internal sealed record UpwardInput(long ReportId, string? Draft, string? Via, string? Text, string? By);
