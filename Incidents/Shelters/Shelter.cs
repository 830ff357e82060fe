namespace Alerts.Incidents.Shelters;

/// <summary>A village's designated shelter (安置点), as villagers know it ("村小学"), with its capacity in people.</summary>
public sealed record Shelter
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public required string Name { get; init; }
    public string? Address { get; init; }
    public int Capacity { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
}
