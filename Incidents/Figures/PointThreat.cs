namespace Alerts.Incidents.Figures;

/// <summary>What a hazard point a monitor reported on threatens: its people and, when recorded, its property.</summary>
internal sealed record PointThreat
{
    public long PointId { get; init; }
    public string Code { get; init; } = "";
    public long PeopleThreatened { get; init; }
    public long? PropertyThreatenedYuan { get; init; }
}
