using Alerts.Broadcast.Warnings;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Warnings;

/// <summary>/warnings: the warnings touching the caller's jurisdiction, filtered by a plain GET form, newest first.</summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class IndexModel(WarningListStore list, RegionStore regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Hazard { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<Warning> Warnings { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);
    public AreaNames Names { get; private set; } = null!;
    /// <summary>The towns of the jurisdiction, each with its villages, for the area filter.</summary>
    public IReadOnlyList<(Region Town, IReadOnlyList<Region> Villages)> Places { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var caller = User.ToAccount();
        Names = new AreaNames(regions);
        await LoadPlacesAsync(caller, ct);
        var query = WarningQuery.Parse(State, Hazard, Level, Area, From, To);
        if (!query.Succeeded)
        {
            Errors.Form = FormErrors.ChineseOf(query.Refusal.Detail);
            Errors.AddAll(query.Refusal.Errors);
            return;
        }
        Paging = Paging.Of(pageNumber, null, await list.CountAsync(caller, query.Value, ct));
        Warnings = await list.ListAsync(caller, query.Value, Paging.Offset, Paging.PageSize, ct);
        await Names.LoadAsync(Warnings, ct);
    }

    private async Task LoadPlacesAsync(Alerts.Identity.Accounts.Account caller, CancellationToken ct)
    {
        var prefix = DivisionCode.Prefix(caller.RegionCode);
        var towns = DivisionCode.Level(caller.RegionCode) == 4
            ? [(await regions.GetAsync(caller.RegionCode, ct))!]
            : await regions.UnderAsync(prefix, 4, ct);
        var villages = await regions.UnderAsync(prefix, 5, ct);
        Places = [.. towns.Select(t => (t, (IReadOnlyList<Region>)[.. villages.Where(v => v.ParentCode == t.Code)]))];
    }
}
