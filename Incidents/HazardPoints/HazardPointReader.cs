using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// The one jurisdiction read of a point for the API and the console: a point outside the caller's region is, to them,
/// not there (null), exactly like a missing one.
/// </summary>
public sealed class HazardPointReader(StoreDb db, HazardPointStore points, HazardObservationStore observations)
{
    public async Task<HazardPointDetails?> GetWithinAsync(long id, string regionCode, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        if (await points.GetAsync(c, null, id, ct) is not { } point || !DivisionCode.Contains(regionCode, point.VillageCode)) return null;
        return new HazardPointDetails(point, await points.HouseholdsAsync(c, null, id, ct),
            await observations.OfPointAsync(c, null, id, ct), await observations.OpenIncidentOfAsync(c, null, id, ct));
    }

    public Task<IReadOnlyList<HazardPoint>> ListWithinAsync(string regionCode, string? village, CancellationToken ct) =>
        points.ListUnderAsync(regionCode, village, ct);
}
