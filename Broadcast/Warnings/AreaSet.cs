using Alerts.Store.Regions;

namespace Alerts.Broadcast.Warnings;

/// <summary>Areas as disjoint division-code prefixes: a place given twice, or inside another given place, is dropped.</summary>
public static class AreaSet
{
    /// <summary>Disjoint, sorted prefixes; the input must already be valid prefixes.</summary>
    public static IReadOnlyList<string> Disjoint(IEnumerable<string> prefixes)
    {
        var sorted = prefixes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var kept = new List<string>();
        foreach (var p in sorted)
            if (kept.Count == 0 || !p.StartsWith(kept[^1], StringComparison.Ordinal)) kept.Add(p);
        return kept;
    }

    /// <summary>The 12-digit code of the place a prefix names (500112101 → 500112101000).</summary>
    public static string CodeOf(string prefix) => prefix.PadRight(12, '0');

    /// <summary>True when every area lies under the jurisdiction of <paramref name="regionCode"/>.</summary>
    public static bool AllUnder(IEnumerable<string> areas, string regionCode)
    {
        var jurisdiction = DivisionCode.Prefix(regionCode);
        return areas.All(a => a.StartsWith(jurisdiction, StringComparison.Ordinal));
    }
}
