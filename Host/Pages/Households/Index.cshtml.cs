using System.Globalization;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Households;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Households;

/// <summary>
/// /households: the register's households under the caller's jurisdiction, found by the head's name or 户编号 and
/// narrowed to one village. Officials' and admins' only, as GET /api/monitoring/households: records carry incomes.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class IndexModel(HouseholdRecordStore records, RegionStore regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Village { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<Region> Villages { get; private set; } = [];
    public IReadOnlyList<HouseholdSummary> Households { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, HouseholdRecordStore.PageSize, 0);

    // "page" is Razor Pages' own route value, so it cannot be model-bound: read the query itself.
    private int? PageNumber() =>
        int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(User.ToAccount().RegionCode)!;
        Villages = await regions.UnderAsync(prefix, 5, ct);
        var village = string.IsNullOrEmpty(Village) ? null : Village;
        if (village is not null && Villages.All(v => v.Code != village))
        {
            Errors.Add("village", "不在您的辖区内的村。");
            village = null;
        }
        var q = Q?.Trim();
        if (q is { Length: > 50 })
        {
            Errors.Add("q", "最多 50 个字。");
            q = null;
        }
        var total = await records.CountAsync(prefix, q, village, ct);
        Paging = Paging.Of(PageNumber(), HouseholdRecordStore.PageSize, total);
        Households = await records.SearchAsync(prefix, q, village, Paging.Page, ct);
    }
}
