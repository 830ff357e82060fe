using Alerts.Host.Incidents;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.HazardPoints;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.HazardPoints;

/// <summary>
/// /hazard-points/{id}: a point with its threatened households, monitor, shelter and observations (photos by their ids),
/// and the 临灾预报 form for a county's natural resources office (or an admin); the domain re-checks every post.
/// A point outside the caller's jurisdiction is 404, as a missing one.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class DetailsModel(HazardPointReader reader, PointForecasts forecasts) : PageModel
{
    public HazardPointDetails Details { get; private set; } = null!;
    public FormErrors Errors { get; } = new();
    public PointForecastRequest Form { get; private set; } = new();

    /// <summary>Offered to those the publishing rules let issue a forecast; anyone else sees no form (and would be refused).</summary>
    public bool MayForecast
    {
        get
        {
            var a = User.ToAccount();
            return a.Role == AccountRoles.Admin || (a.Department == Departments.NaturalResources && DivisionCode.Level(a.RegionCode) == 3);
        }
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostForecastAsync(long id, PointForecastRequest form, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = form;
        var issued = await forecasts.IssueAsync(User.ToAccount(), id, form, ct);
        if (issued.Succeeded) return Redirect($"/warnings/{issued.Value.Id}");
        var refusal = issued.Refusal!;
        if (refusal.Errors is { Count: > 0 } errors) Errors.AddAll(errors);
        else Errors.Add("forecast", refusal.Chinese);
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await reader.GetWithinAsync(id, User.ToAccount().RegionCode, ct) is not { } details) return false;
        Details = details;
        return true;
    }
}
