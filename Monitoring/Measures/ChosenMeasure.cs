namespace Alerts.Monitoring.Measures;

/// <summary>A measure chosen for a case, in its current state (the case's timeline keeps each change).</summary>
public sealed record ChosenMeasure
{
    public required string Measure { get; init; }
    public string Name { get; init; } = "";
    public required string State { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
}
