using Alerts.Host.Reports;
using Alerts.Identity.Help;

namespace Alerts.Host.Help;

/// <summary>A help request as the console lists it: the request, its village's name, and who was told when.</summary>
internal sealed record HelpListItem(HelpRequest Request, string Place, IReadOnlyList<TimelineEntry> Told);
