using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Grading;

namespace Alerts.Incidents.Views;

/// <summary>Everything an incident's details page shows: the incident, its items, figures with sources, grade history,
/// timeline and linked warnings.</summary>
public sealed record IncidentView(
    Incident Incident,
    string TownName,
    IReadOnlyList<IncidentItemView> Items,
    IncidentFigureSheet Figures,
    IReadOnlyList<GradeRecord> Grades,
    IReadOnlyList<IncidentEvent> Timeline,
    IReadOnlyList<LinkedWarning> Warnings)
{
    public string GradeName => IncidentGrades.ToChinese(Incident.Grade);

    public string FamilyName => Alerts.Store.Reports.ReportHazards.FamilyToChinese(Incident.Family);
}
