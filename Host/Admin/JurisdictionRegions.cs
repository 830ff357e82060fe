using Alerts.Store.Regions;

namespace Alerts.Host.Admin;

/// <summary>The places of an admin's jurisdiction, in code order (each town followed by its villages), for a select.</summary>
internal static class JurisdictionRegions
{
    public static async Task<IReadOnlyList<Region>> ListAsync(RegionStore regions, string adminRegion, int deepestLevel, CancellationToken ct)
    {
        var own = await regions.GetAsync(adminRegion, ct);
        if (own is null || DivisionCode.ToPrefix(adminRegion) is not { } prefix) return [];
        var list = new List<Region> { own };
        for (var level = own.Level + 1; level <= deepestLevel; level++) list.AddRange(await regions.UnderAsync(prefix, level, ct));
        return list.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>A region's name indented by its depth under the admin's own, so the tree reads in a flat select.</summary>
    public static string Indented(Region region, int topLevel) => new string('　', Math.Max(0, region.Level - topLevel)) + region.Name;
}
