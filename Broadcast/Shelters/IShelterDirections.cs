namespace Alerts.Broadcast.Shelters;

/// <summary>
/// Where a village's people go when told to leave: "村小学安置点（村委会旁）", or null when the village has no shelter on
/// record (then the warning keeps its own words and names no place). Broadcast cannot reference Incidents, which keeps
/// the shelters: the Host supplies this from there; without it no warning names a shelter.
/// </summary>
public interface IShelterDirections
{
    Task<string?> ForVillageAsync(string placeCode, CancellationToken ct);
}
