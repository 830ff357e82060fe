namespace Alerts.Monitoring.Cases;

/// <summary>One step of a case's timeline: what happened, who did it, when, with what outcome.</summary>
public sealed record CaseEvent
{
    public long Id { get; init; }
    public long CaseId { get; init; }
    public required string Kind { get; init; }
    public required string Actor { get; init; }
    public DateTimeOffset AtUtc { get; init; }
    public string? Outcome { get; init; }
    public string? Note { get; init; }
}
