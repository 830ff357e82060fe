using Alerts.Host.Admin;
using Alerts.Host.Web;
using Alerts.Identity.Binding;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Host.Pages.Accounts;

/// <summary>
/// The grid workers and officials of the jurisdiction and the chat addresses their staff powers are bound to; issue a
/// one-time binding code (shown once, with the words to send) or withdraw an unused one.
/// </summary>
internal sealed class BindingModel(StaffQuery staff, StaffBinding binding) : AdminPageModel
{
    public IReadOnlyList<StaffMember> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);
    public StaffMember? Subject { get; private set; }
    public string? Code { get; private set; }
    public string? Done { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct) => await ListAsync(page, ct);

    public async Task<IActionResult> OnPostIssueAsync(long person, int? page, CancellationToken ct)
    {
        if (await FindAsync(person, ct) is not { } member) return NotFound();
        var (_, code, error) = await binding.IssueAsync(Admin, member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        (Subject, Code, Error) = (member, code, error is null ? null : FormErrors.ChineseOf(error));
        if (code is not null) NoStore();
        await ListAsync(page, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long person, int? page, CancellationToken ct)
    {
        if (await FindAsync(person, ct) is not { } member) return NotFound();
        var (withdrawn, error) = await binding.RevokeCodesAsync(Admin, member.Id, ct);
        (Subject, Error) = (member, error is null ? null : FormErrors.ChineseOf(error));
        if (withdrawn > 0) Done = $"已作废 {member.Name} 未使用的绑定码。";
        await ListAsync(page, ct);
        return Page();
    }

    private Task<StaffMember?> FindAsync(long person, CancellationToken ct) =>
        staff.GetAsync(DivisionCode.ToPrefix(Admin.RegionCode)!, person, ct);

    private async Task ListAsync(int? page, CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(Admin.RegionCode)!;
        var (_, total) = await staff.PageAsync(prefix, 0, 0, ct);
        Paging = Paging.Of(page, null, total);
        (Rows, _) = await staff.PageAsync(prefix, Paging.Offset, Paging.PageSize, ct);
    }
}
