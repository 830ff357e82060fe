namespace Alerts.Incidents.Views;

/// <summary>How many people an incident has at one shelter, the latest count and who gave it.</summary>
public sealed record IncidentShelterCount
{
    public long ShelterId { get; init; }
    public string Name { get; init; } = "";
    public string? VillageName { get; init; }
    public int Capacity { get; init; }
    public int Sheltered { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
    public string UpdatedBy { get; init; } = "";

    public bool OverCapacity => Sheltered > Capacity;
}
