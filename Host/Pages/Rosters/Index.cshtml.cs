using Alerts.Host.Admin;
using Alerts.Identity.Roster;
using Alerts.Store.Regions;

namespace Alerts.Host.Pages.Rosters;

/// <summary>The duty rosters of the places in the admin's jurisdiction (city, county, towns): who is told, in order.</summary>
internal sealed class IndexModel(DutyRoster roster, RegionStore regions) : AdminPageModel
{
    public IReadOnlyList<(Region Region, IReadOnlyList<RosterEntry> Entries)> Rosters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var places = (await JurisdictionRegions.ListAsync(regions, Admin.RegionCode, 4, ct)).Where(r => r.Level >= 2);
        var list = new List<(Region, IReadOnlyList<RosterEntry>)>();
        foreach (var place in places) list.Add((place, await roster.OfAsync(place.Code, ct)));
        Rosters = list;
    }
}
