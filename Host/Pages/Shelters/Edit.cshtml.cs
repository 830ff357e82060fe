using Alerts.Host.Api;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Incidents.Shelters;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Host.Pages.Shelters;

/// <summary>
/// /shelters/{id}/edit: change a shelter's name, address, capacity and place, through the desk as PUT /api/shelters/{id}.
/// A shelter outside the caller's jurisdiction is 404, as a missing one.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class EditModel(ShelterDesk desk, RegionStore regions) : ShelterFormPage
{
    public override string SubmitLabel => "保存";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await desk.FindAsync(User.ToAccount().ToIncidentCaller(), id, ct) is not { } shelter) return NotFound();
        Fill(shelter);
        await NameVillageAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var caller = User.ToAccount().ToIncidentCaller();
        if (await desk.FindAsync(caller, id, ct) is not { } shelter) return NotFound();
        // The village is the shelter's own: the form does not post it, and the desk would refuse another.
        VillageCode = shelter.VillageCode;
        if (Read() is { } input)
        {
            var outcome = await desk.UpdateAsync(caller, id, input, ct);
            if (outcome.Shelter is { } s) return Redirect($"/shelters?village={s.VillageCode}&saved={s.Id}");
            if (outcome.Refusals.Any(r => r.Kind == IncidentRefusalKind.NotFound)) return NotFound();
            foreach (var r in outcome.Refusals) Refuse(r);
        }
        await NameVillageAsync(ct);
        return Page();
    }

    private async Task NameVillageAsync(CancellationToken ct) =>
        VillageName = (await regions.GetAsync(VillageCode!, ct))?.Name ?? VillageCode;
}
