using System.Globalization;
using Alerts.Host.Api;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Cases;

/// <summary>
/// /cases/new: open a case by hand — a household's application (农户申请) or a visit's finding (干部走访排查) — for a
/// register household found by number or head's name within the caller's villages, or a village and head's name. The
/// clock starts at the application's date. <see cref="CaseOpening"/> decides, as for the API.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin},{AccountRoles.GridWorker}")]
internal sealed class NewModel(CaseOpening opening, HouseholdRecordStore households, RegionStore regions, TimeProvider clock)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public long? HouseholdId { get; set; }
    [BindProperty] public string? VillageCode { get; set; }
    [BindProperty] public string? HeadName { get; set; }
    [BindProperty] public string? AppliedOn { get; set; }
    [BindProperty] public string? Note { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<HouseholdSummary> Found { get; private set; } = [];
    public IReadOnlyList<Region> Villages { get; private set; } = [];
    public string Today { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (on, badDate) = CaseOpening.ParseAppliedOn(AppliedOn);
        var (id, joined, refusal) = badDate is not null ? (0L, false, badDate) : await opening.OpenAsync(
            new CaseOpening.Request(Source, HouseholdId, HouseholdId is null ? VillageCode : null, HeadName, on, Note),
            User.ToAccount().ToCaseCaller(), clock.GetUtcNow(), ct);
        if (refusal is null) return Redirect($"/cases/{id}?done={(joined ? "joined" : "opened")}");
        Errors.Add(FieldOf(refusal), refusal.Chinese);
        await LoadAsync(ct);
        return Page();
    }

    // Which field a refusal of CaseOpening is about, by the request field its English names.
    private static string FieldOf(CaseRefusal r) =>
        r.English.StartsWith("source", StringComparison.Ordinal) ? "source"
        : r.English.StartsWith("appliedOn", StringComparison.Ordinal) ? "applied-on"
        : r.English.StartsWith("headName", StringComparison.Ordinal) ? "head-name"
        : r.English.StartsWith("The note", StringComparison.Ordinal) ? "note"
        : r.English.StartsWith("villageCode", StringComparison.Ordinal) ? "village-code"
        : "household";

    private async Task LoadAsync(CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(User.ToAccount().RegionCode)!;
        Today = BeijingTime.Today(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Villages = await regions.UnderAsync(prefix, 5, ct);
        if (!string.IsNullOrWhiteSpace(Q)) Found = await households.SearchAsync(prefix, Q, null, 1, ct);
    }
}
