using Alerts.Host.Admin;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Host.Pages.Accounts;

/// <summary>
/// Add an account inside the admin's jurisdiction. On success the same response shows its one-time password (and API
/// key, when asked for) once: never in a URL, a log or a cache.
/// </summary>
internal sealed class NewModel(AccountAdministration administration, RegionStore regions) : AdminPageModel
{
    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public int TopLevel { get; private set; }
    public FormErrors Errors { get; } = new();
    public AccountForm Form { get; private set; } = new(null, null, null, null, null, false);
    public NewAccount? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? name, string? role, string? region, string? department, string? login,
        bool withKey, CancellationToken ct)
    {
        Form = new AccountForm(name, role, region, string.IsNullOrEmpty(department) ? null : department, login, withKey);
        var (created, errors) = await administration.AddAsync(Admin, Form, ct);
        foreach (var (field, message) in errors)
        {
            if (field.Length == 0) Errors.Form = FormErrors.ChineseOf(message);
            else Errors.Add(field, message);
        }
        if (created is null)
        {
            Errors.Form ??= "账号没有添加，请按提示修改。";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
        NoStore();
        Created = created;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Regions = await JurisdictionRegions.ListAsync(regions, Admin.RegionCode, 5, ct);
        TopLevel = Regions.Count > 0 ? Regions[0].Level : 0;
    }
}
