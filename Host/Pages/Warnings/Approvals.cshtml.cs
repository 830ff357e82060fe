using Alerts.Broadcast.Warnings;
using Alerts.Identity.Accounts;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Warnings;

/// <summary>/warnings/approvals: what waits for this account's approval; approving happens on each warning's page.</summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class ApprovalsModel(ApprovalQueue queue, RegionStore regions) : PageModel
{
    public IReadOnlyList<Warning> Waiting { get; private set; } = [];
    public AreaNames Names { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Names = new AreaNames(regions);
        Waiting = await queue.ForAsync(User.ToAccount(), ct);
        await Names.LoadAsync(Waiting, ct);
    }
}
