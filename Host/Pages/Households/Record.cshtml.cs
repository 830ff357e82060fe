using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Households;

/// <summary>
/// /households/{id}: one household's register record (members, the size policy 003 counts and the facts it rests on,
/// income, 两不愁三保障 and water, labour, flags, helper) with its monitoring cases and reports. A household elsewhere
/// is answered exactly as a missing one, as GET /api/monitoring/households/{id}.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class RecordModel(HouseholdRecordStore records, CaseStore cases) : PageModel
{
    public HouseholdRecord Household { get; private set; } = null!;
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];
    public IReadOnlyList<HouseholdReport> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await records.GetWithinAsync(id, User.ToAccount().RegionCode, ct) is not { } record) return NotFound();
        Household = record;
        Cases = await cases.OfHouseholdAsync(id, ct);
        Reports = await records.ReportsAsync(id, ct);
        return Page();
    }
}
