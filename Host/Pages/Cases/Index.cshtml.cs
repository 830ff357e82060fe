using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Cases;

/// <summary>
/// /cases: monitoring cases under the caller's jurisdiction, soonest deadline first, filtered by status, overdue and red
/// warning. Officials and admins see their jurisdiction; a grid worker sees their own village's cases, which they visit
/// and review (the API gives them the same cases one by one).
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin},{AccountRoles.GridWorker}")]
internal sealed class IndexModel(CaseStore cases, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool Red { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var status = CaseStatus.All.Contains(Status) ? Status : null;
        if (!string.IsNullOrEmpty(Status) && status is null) Errors.Add("status", "没有这个状态。");
        var all = await cases.ListUnderAsync(DivisionCode.ToPrefix(User.ToAccount().RegionCode)!, status, ct);
        var shown = all.Where(c => (!Overdue || (c.Status == CaseStatus.Identifying && CaseDisplay.DaysLeft(c, Now) < 0)) &&
                                   (!Red || c.RedWarning)).ToList();
        Paging = Paging.Of(pageNumber, null, shown.Count);
        Cases = shown.Skip(Paging.Offset).Take(Paging.PageSize).ToList();
    }
}
