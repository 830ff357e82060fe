using Alerts.Host.Api;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Shelters;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Host.Pages.Shelters;

/// <summary>/shelters/new: add a shelter to a village of the caller's jurisdiction, through the desk as POST /api/shelters.</summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class NewModel(ShelterDesk desk, RegionStore regions) : ShelterFormPage
{
    public override string SubmitLabel => "新增";

    public async Task OnGetAsync(string? village, CancellationToken ct)
    {
        VillageCode = village;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Read() is { } input)
        {
            var outcome = await desk.CreateAsync(User.ToAccount().ToIncidentCaller(), input, ct);
            if (outcome.Shelter is { } s) return Redirect($"/shelters?village={s.VillageCode}&saved={s.Id}");
            foreach (var r in outcome.Refusals) Refuse(r);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Villages = await regions.UnderAsync(DivisionCode.ToPrefix(User.ToAccount().RegionCode)!, 5, ct);
}
