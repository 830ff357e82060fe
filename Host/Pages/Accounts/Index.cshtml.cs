using Alerts.Host.Admin;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;

namespace Alerts.Host.Pages.Accounts;

/// <summary>The accounts under the admin's jurisdiction, newest first, by role and state.</summary>
internal sealed class IndexModel(AccountAdministration administration) : AdminPageModel
{
    public IReadOnlyList<AccountListing> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);
    public string? Role { get; private set; }
    public string? State { get; private set; }

    public async Task OnGetAsync(string? role, string? state, int? page, CancellationToken ct)
    {
        Role = AccountRoles.All.Contains(role) ? role : null;
        State = state is "live" or "revoked" ? state : null;
        var filter = new AccountFilter(Role, State switch { "live" => false, "revoked" => true, _ => null });
        var (_, total) = await administration.PageAsync(Admin, filter, 0, 0, ct);
        Paging = Paging.Of(page, null, total);
        (Rows, _) = await administration.PageAsync(Admin, filter, Paging.Offset, Paging.PageSize, ct);
    }
}
