using Alerts.Incidents.Upward;

namespace Alerts.Host.Pages.Incidents;

/// <summary>What the _UpwardPanel partial renders: an incident's reports up as the domain reads them, latest last.</summary>
internal sealed record UpwardPanelModel(long IncidentId, IReadOnlyList<UpwardReportView> Reports);
