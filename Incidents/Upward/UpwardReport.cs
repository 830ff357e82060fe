namespace Alerts.Incidents.Upward;

/// <summary>One report to the municipality as stored (incident_upward_reports): the draft, the hour, and each step with its time.</summary>
public sealed record UpwardReport
{
    public long Id { get; init; }
    public long IncidentId { get; init; }
    public string Grade { get; init; } = "";
    public string ToCode { get; init; } = "";
    public string DraftText { get; init; } = "";
    public DateTimeOffset DraftedUtc { get; init; }
    public DateTimeOffset DueUtc { get; init; }
    public long? DutyPersonId { get; init; }
    public string Status { get; init; } = UpwardStatus.Drafted;
    public DateTimeOffset? SentUtc { get; init; }
    public string? SentBy { get; init; }
    public string? SentVia { get; init; }
    public string? SentText { get; init; }
    public DateTimeOffset? AcknowledgedUtc { get; init; }
    public string? AcknowledgedBy { get; init; }
    public int EscalationStep { get; init; }
    public DateTimeOffset? NextReminderUtc { get; init; }
}
