using Alerts.Broadcast.Warnings;
using Alerts.Store.Regions;

namespace Alerts.Host.Pages.Warnings;

/// <summary>The names of warning areas (division-code prefixes), looked up once each per page.</summary>
internal sealed class AreaNames(RegionStore regions)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>Learns the names of every area of these warnings.</summary>
    public async Task LoadAsync(IEnumerable<Warning> warnings, CancellationToken ct)
    {
        foreach (var area in warnings.SelectMany(w => w.Areas).Distinct(StringComparer.Ordinal))
            if (!_names.ContainsKey(area))
                _names[area] = (await regions.GetAsync(AreaSet.CodeOf(area), ct))?.Name ?? area;
    }

    /// <summary>"金坪村、木耳镇": the areas' names (or codes, for a place not in the register).</summary>
    public string Of(Warning warning) => string.Join("、", warning.Areas.Select(a => _names.GetValueOrDefault(a, a)));
}
