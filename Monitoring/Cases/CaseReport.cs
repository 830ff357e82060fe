namespace Alerts.Monitoring.Cases;

/// <summary>A report a case rests on, as its page lists it.</summary>
public sealed record CaseReport
{
    public required string Number { get; init; }
    public required string Hazard { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
}
