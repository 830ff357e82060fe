namespace Alerts.Incidents.Grading;

/// <summary>One step of an incident's grading history: the grade then in force, its parts, the figures and the reason.</summary>
public sealed record GradeRecord
{
    public long Id { get; init; }
    public long IncidentId { get; init; }
    public string Grade { get; init; } = "";
    public string? DisasterGrade { get; init; }
    public string? DangerGrade { get; init; }
    public string FiguresJson { get; init; } = "{}";
    public string Reason { get; init; } = "";
    public DateTimeOffset GradedUtc { get; init; }
}
