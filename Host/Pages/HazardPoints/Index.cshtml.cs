using Alerts.Identity.Accounts;
using Alerts.Incidents.HazardPoints;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.HazardPoints;

/// <summary>/hazard-points: the register under the caller's jurisdiction, filtered by village (the same read as the API).</summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class IndexModel(HazardPointReader reader, RegionStore regions) : PageModel
{
    public IReadOnlyList<HazardPoint> Points { get; private set; } = [];
    public IReadOnlyList<Region> Villages { get; private set; } = [];
    public string? Village { get; private set; }

    public async Task OnGetAsync(string? village, CancellationToken ct)
    {
        var region = User.ToAccount().RegionCode;
        Villages = await regions.UnderAsync(DivisionCode.ToPrefix(region)!, 5, ct);
        // A village outside the jurisdiction (or not a code) filters to nothing rather than failing: it is simply not there.
        Village = village is not null && DivisionCode.IsWellFormed(village) ? village : null;
        Points = await reader.ListWithinAsync(region, Village, ct);
    }
}
