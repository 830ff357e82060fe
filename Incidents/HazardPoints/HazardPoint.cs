namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// A geological hazard point (隐患点) as the register has it, with its village's name, its monitor's and shelter's
/// names (null: none named) and how many households it threatens.
/// </summary>
public sealed record HazardPoint
{
    public long Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string VillageCode { get; init; } = "";
    public string VillageName { get; init; } = "";
    /// <summary>A report hazard key: landslide, collapse, debris_flow, ground_collapse.</summary>
    public string Kind { get; init; } = "";
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int PeopleThreatened { get; init; }
    /// <summary>In yuan; null when the register does not say.</summary>
    public long? PropertyThreatenedYuan { get; init; }
    public long? MonitorPersonId { get; init; }
    public string? MonitorName { get; init; }
    public long? ShelterId { get; init; }
    public string? ShelterName { get; init; }
    public int HouseholdCount { get; init; }
    public string Status { get; init; } = "active";
    public DateTimeOffset UpdatedUtc { get; init; }

    public string KindChinese => HazardPointKinds.ToChinese(Kind);
}
