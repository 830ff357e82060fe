using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Incidents.Views;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// /incidents: the incidents of the towns under the caller's jurisdiction, open ones first and the latest activity first,
/// with each one's grade and where its report up stands; filtered by status and grade. Officials' and admins' only.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class IndexModel(IncidentList list, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Grade { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<IncidentRow> Incidents { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);
    public DateTimeOffset Now { get; private set; }

    public static IReadOnlyList<string> Grades { get; } = [.. IncidentGrades.Ordered, IncidentGrades.Unclassified];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var status = Status is IncidentStatus.Open or IncidentStatus.Closed ? Status : null;
        if (!string.IsNullOrEmpty(Status) && status is null) Errors.Add("status", "没有这个状态。");
        var grade = Grades.Contains(Grade) ? Grade : null;
        if (!string.IsNullOrEmpty(Grade) && grade is null) Errors.Add("grade", "没有这个等级。");
        var region = User.ToAccount().RegionCode;
        Paging = Paging.Of(pageNumber, null, await list.CountAsync(region, status, grade, ct));
        Incidents = await list.PageAsync(region, status, grade, Paging.Offset, Paging.PageSize, ct);
    }
}
