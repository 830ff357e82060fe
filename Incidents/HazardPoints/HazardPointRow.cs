namespace Alerts.Incidents.HazardPoints;

/// <summary>One checked row of a hazard point file, before the database is asked about its village, households and people.</summary>
internal sealed record HazardPointRow(
    int Row, string Code, string Name, string VillageCode, string Kind, double? Longitude, double? Latitude,
    int PeopleThreatened, long? PropertyYuan, IReadOnlyList<string> RegisterNos, string? MonitorPhone, string? ShelterName);
