namespace Alerts.Monitoring.Households;

/// <summary>A report filed for a household, as its record lists it.</summary>
public sealed record HouseholdReport
{
    public required string Number { get; init; }
    public required string Hazard { get; init; }

    /// <summary>submitted, confirmed or rejected.</summary>
    public required string Status { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
}
