namespace Alerts.Incidents.Shelters;

/// <summary>How many people a shelter holds now for one open incident: the latest count a grid worker gave.</summary>
public sealed record ShelteredNow
{
    public long ShelterId { get; init; }
    public long IncidentId { get; init; }
    public int Sheltered { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }

    public string IncidentNumber => Core.IncidentNumber.Of(IncidentId);
}
