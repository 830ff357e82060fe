namespace Alerts.Broadcast.Shelters;

/// <summary>No shelters known (a host without Incidents): every warning keeps its generic words.</summary>
internal sealed class NoShelterDirections : IShelterDirections
{
    public Task<string?> ForVillageAsync(string placeCode, CancellationToken ct) => Task.FromResult<string?>(null);
}
