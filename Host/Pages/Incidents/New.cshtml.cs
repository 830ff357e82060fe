using Alerts.Host.Api;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// /incidents/new: an official opens an incident by hand (a town under them, a hazard family, a title), as POST
/// /api/incidents does; the rules are <see cref="IncidentActions.OpenAsync"/>'s, and a refusal keeps the form.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class NewModel(IncidentActions actions, RegionStore regions, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Family { get; set; }
    [BindProperty] public string? Title { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<Region> Towns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var caller = User.ToAccount().ToIncidentCaller();
        var opened = await actions.OpenAsync(caller, Town, Family, Title, clock.GetUtcNow(), ct);
        if (opened.Id is { } id) return Redirect($"/incidents/{id}");
        if (opened.Refusal!.Kind == IncidentRefusalKind.Forbidden) return Forbid();
        Errors.Add(FieldOf(opened.Refusal), opened.Refusal.Chinese);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var region = User.ToAccount().RegionCode;
        Towns = DivisionCode.Level(region) == 4
            ? (await regions.GetAsync(region, ct) is { } town ? [town] : [])
            : await regions.UnderAsync(DivisionCode.ToPrefix(region)!, 4, ct);
    }

    // The domain's refusals name their field in English; the page shows each beside its field.
    private static string FieldOf(IncidentRefusal r) =>
        r.English.Contains("title", StringComparison.OrdinalIgnoreCase) ? "title"
        : r.English.Contains("family", StringComparison.OrdinalIgnoreCase) ? "family"
        : "town";
}
