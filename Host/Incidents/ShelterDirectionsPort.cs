using Alerts.Broadcast.Shelters;
using Alerts.Incidents.Shelters;

namespace Alerts.Host.Incidents;

/// <summary>Broadcast's shelter port, answered from the shelters Incidents keeps (Broadcast cannot reference Incidents).</summary>
internal sealed class ShelterDirectionsPort(ShelterDirections directions) : IShelterDirections
{
    public Task<string?> ForVillageAsync(string placeCode, CancellationToken ct) => directions.ForVillageAsync(placeCode, ct);
}
