namespace Alerts.Incidents.Views;

/// <summary>A monitor's report that joined an incident, with its hazard point: what the console lists under 隐患点.</summary>
public sealed record IncidentPointObservation
{
    public long ObservationId { get; init; }
    public long PointId { get; init; }
    public string PointCode { get; init; } = "";
    public string PointName { get; init; } = "";
    public int PeopleThreatened { get; init; }
    public string MonitorName { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTimeOffset CreatedUtc { get; init; }
}
