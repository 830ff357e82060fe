using System.Xml.Linq;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Cap;

/// <summary>Any stored warning as a CAP 1.2 document, with Chinese place names in areaDesc.</summary>
public sealed class CapExporter(WarningStore warnings, RegionStore regions, IOptions<BroadcastOptions> options)
{
    public async Task<XDocument?> ExportAsync(long id, CancellationToken ct)
    {
        var warning = await warnings.GetAsync(id, ct);
        if (warning is null) return null;
        var referenced = warning.ReferencesId is long r ? await warnings.GetAsync(r, ct) : null;
        var names = new Dictionary<string, string>();
        foreach (var code in warning.Areas.Select(AreaSet.CodeOf))
            if (await regions.GetAsync(code, ct) is { } region) names[code] = region.Name;
        return CapWriter.Write(warning, options.Value.CapSender, names, referenced);
    }
}
