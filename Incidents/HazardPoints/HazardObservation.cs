namespace Alerts.Incidents.HazardPoints;

/// <summary>What a monitor saw at a point, with the provider ids of the photos sent with it (comma list; null: none).</summary>
public sealed record HazardObservation
{
    public long Id { get; init; }
    public long PointId { get; init; }
    public long PersonId { get; init; }
    public string PersonName { get; init; } = "";
    public string Text { get; init; } = "";
    public string? MediaIds { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }

    public IReadOnlyList<string> Photos => MediaIds is null ? [] : MediaIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
