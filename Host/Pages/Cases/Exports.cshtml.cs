using Alerts.Bot.Reports;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Platform;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Cases;

/// <summary>
/// /cases/exports: the case list (<see cref="CaseListExport"/>, as GET /api/monitoring/cases?format=csv) and the
/// platform list (<see cref="PlatformExport"/>, as GET /api/monitoring/cases/export?format=platform) as CSV, of the
/// caller's jurisdiction or one of its villages. Plain GET forms, so they work without JavaScript.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class ExportsModel(CaseListExport caseList, PlatformExport platform, RegionStore regions) : PageModel
{
    private const string CsvType = "text/csv; charset=utf-8";

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Village { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<Region> Villages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Villages = await VillagesAsync(ct);

    public async Task<IActionResult> OnGetCasesAsync(CancellationToken ct)
    {
        var prefix = await PrefixAsync("case-village", ct);
        if (!string.IsNullOrEmpty(Status) && !CaseStatus.All.Contains(Status)) Errors.Add("status", "没有这个状态。");
        if (Errors.Any || prefix is null) return Page();
        var status = string.IsNullOrEmpty(Status) ? null : Status;
        return File(await caseList.WriteAsync(prefix, status, ReportLabels.Hazard, ct), CsvType, $"monitoring-cases-{prefix}.csv");
    }

    public async Task<IActionResult> OnGetPlatformAsync(CancellationToken ct)
    {
        if (await PrefixAsync("platform-village", ct) is not { } prefix) return Page();
        return File(await platform.WriteAsync(prefix, ct), CsvType, $"platform-export-{prefix}.csv");
    }

    /// <summary>The jurisdiction, or the one village of it asked for; null (with the reason beside the field) for another.</summary>
    private async Task<string?> PrefixAsync(string field, CancellationToken ct)
    {
        Villages = await VillagesAsync(ct);
        if (string.IsNullOrEmpty(Village)) return DivisionCode.ToPrefix(User.ToAccount().RegionCode)!;
        if (Villages.Any(v => v.Code == Village)) return Village;
        Errors.Add(field, "不在您的辖区内的村。");
        return null;
    }

    private Task<IReadOnlyList<Region>> VillagesAsync(CancellationToken ct) =>
        regions.UnderAsync(DivisionCode.ToPrefix(User.ToAccount().RegionCode)!, 5, ct);
}
