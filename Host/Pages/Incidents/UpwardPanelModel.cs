using Alerts.Host.Web;
using Alerts.Incidents.Upward;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// What the _UpwardPanel partial renders: an incident's reports up as the domain reads them, latest last; on
/// /incidents/{id}/upward after a refused post also the reason and the input kept (<see cref="UpwardModel"/>).
/// </summary>
internal sealed record UpwardPanelModel(long IncidentId, IReadOnlyList<UpwardReportView> Reports, FormErrors? Errors = null,
    UpwardInput? Input = null)
{
    public UpwardForms FormsOf(UpwardReportView report) => new(report, Errors ?? new FormErrors(), Input);
}
