using System.Globalization;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Shelters;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Shelters;

/// <summary>
/// /shelters: the shelters of the caller's jurisdiction by town and village, with the people each holds now in open
/// incidents (as the grid workers last reported); filtered by village, a page at a time. Officials' and admins', as the API.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class IndexModel(ShelterList list, RegionStore regions) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Village { get; set; }
    /// <summary>The shelter just added or changed (after the form's redirect).</summary>
    [BindProperty(SupportsGet = true)] public long? Saved { get; set; }

    public FormErrors Errors { get; } = new();
    public IReadOnlyList<Region> Villages { get; private set; } = [];
    public IReadOnlyList<ShelterListRow> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);
    private Dictionary<string, string> _names = [];

    /// <summary>A place's name as the register has it, or its code when the register has none.</summary>
    public string NameOf(string code) => _names.GetValueOrDefault(code, code);

    public string TownOf(string village) => NameOf(DivisionCode.AtLevel(village, 4));

    // "page" is Razor Pages' own route value, so it cannot be model-bound: read the query itself.
    private int? PageNumber() =>
        int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var region = User.ToAccount().RegionCode;
        var prefix = DivisionCode.ToPrefix(region)!;
        Villages = await regions.UnderAsync(prefix, 5, ct);
        _names = Villages.Concat(await regions.UnderAsync(prefix, 4, ct)).ToDictionary(r => r.Code, r => r.Name);
        var village = string.IsNullOrEmpty(Village) ? null : Village;
        // Another town's village lists nothing (ShelterList), and the filter says why rather than showing an empty list.
        if (village is not null && ShelterList.PlaceFor(region, village) is null) Errors.Add("village", "不在您的辖区内的村。");
        var total = await list.CountAsync(region, village, ct);
        Paging = Paging.Of(PageNumber(), PageSize, total);
        Rows = await list.PageAsync(region, village, Paging.Offset, Paging.PageSize, ct);
    }
}
