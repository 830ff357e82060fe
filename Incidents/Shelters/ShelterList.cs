using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Incidents.Shelters;

/// <summary>
/// Shelters as the console lists them: those of the villages under the caller's jurisdiction (or of one of its villages),
/// a page at a time, each with the people it holds now in open incidents.
/// </summary>
public sealed class ShelterList(StoreDb db, ShelterStore shelters, ShelterCountStore counts)
{
    /// <summary>
    /// Where to list: the whole jurisdiction, or the village asked for. A village outside the jurisdiction (or not a
    /// village code) gives null: it lists nothing, as a village without shelters does, so nothing of another place shows.
    /// </summary>
    public static string? PlaceFor(string region, string? village) =>
        village is null ? region
        : DivisionCode.IsWellFormed(village) && DivisionCode.Level(village) == 5 && DivisionCode.Contains(region, village) ? village
        : null;

    public async Task<long> CountAsync(string region, string? village, CancellationToken ct) =>
        PlaceFor(region, village) is { } place ? await shelters.CountUnderAsync(place, ct) : 0;

    public async Task<IReadOnlyList<ShelterListRow>> PageAsync(string region, string? village, int skip, int take, CancellationToken ct)
    {
        if (PlaceFor(region, village) is not { } place) return [];
        var page = await shelters.PageUnderAsync(place, skip, take, ct);
        await using var c = await db.OpenAsync(ct);
        var now = await counts.OpenCountsAsync(c, [.. page.Select(s => s.Id)], ct);
        return [.. page.Select(s => new ShelterListRow(s, [.. now.Where(n => n.ShelterId == s.Id)]))];
    }
}
