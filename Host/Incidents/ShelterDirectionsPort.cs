using System.Collections.Concurrent;
using Alerts.Broadcast.Shelters;
using Alerts.Incidents.Shelters;

namespace Alerts.Host.Incidents;

/// <summary>
/// Broadcast's shelter port, answered from the shelters Incidents keeps (Broadcast cannot reference Incidents). Dispatch
/// asks once per delivery, so a red warning to a county would read the same few thousand villages' shelters hundreds of
/// thousands of times: each village's phrase is kept for <see cref="Fresh"/>, long enough to serve a whole broadcast
/// from memory, short enough that an official's change reaches the next warning.
/// </summary>
internal sealed class ShelterDirectionsPort(ShelterDirections directions, TimeProvider time) : IShelterDirections
{
    internal static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (string? Phrase, DateTimeOffset ReadUtc)> _byVillage = new(StringComparer.Ordinal);

    public async Task<string?> ForVillageAsync(string placeCode, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_byVillage.TryGetValue(placeCode, out var kept) && now - kept.ReadUtc < Fresh) return kept.Phrase;
        var phrase = await directions.ForVillageAsync(placeCode, ct);
        _byVillage[placeCode] = (phrase, now);
        return phrase;
    }
}
