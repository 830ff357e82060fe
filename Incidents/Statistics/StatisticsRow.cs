using Alerts.Incidents.Figures;

namespace Alerts.Incidents.Statistics;

/// <summary>
/// One town's (or a county total's) figures for one Beijing day. What each column counts is in README ("灾情统计"):
/// report figures and households from the confirmed reports received that day; reports and help requests received
/// that day; sheltered people, open incidents and their highest grade as they stood at the end of the day.
/// </summary>
public sealed record StatisticsRow
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public bool IsTotal { get; init; }
    public FigureRange Deaths { get; init; }
    public FigureRange Injured { get; init; }
    public FigureRange HousesCollapsed { get; init; }
    public FigureRange HousesUnsafe { get; init; }
    public FigureRange DirectLoss { get; init; }
    public int AffectedHouseholds { get; init; }
    public int ReportsReceived { get; init; }
    public int ReportsConfirmed { get; init; }
    public int ReportsPending { get; init; }
    public int HelpRequests { get; init; }

    /// <summary>Null when no count was ever recorded for an open incident there: unknown, not zero (未记录).</summary>
    public int? Sheltered { get; init; }
    public int IncidentsOpen { get; init; }

    /// <summary>The highest grade of the open incidents (IncidentGrades key), null when none is open.</summary>
    public string? HighestGrade { get; init; }
}
