using Alerts.Host.Admin;
using Alerts.Host.Web;
using Alerts.Identity.Binding;
using Alerts.Identity.Roster;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Host.Pages.Rosters;

/// <summary>
/// Edit one place's roster: rows in order, each a member of staff who works in or above the place and a channel. Empty
/// rows are skipped; a refusal keeps every row with its reason beside it, and changes nothing.
/// </summary>
internal sealed class EditModel(DutyRoster roster, RegionStore regions, StaffQuery staff) : AdminPageModel
{
    public const int SpareRows = 3;

    public Region Region { get; private set; } = null!;
    public IReadOnlyList<StaffMember> Candidates { get; private set; } = [];
    public IReadOnlyList<(string Person, string Channel)> Rows { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var entries = await roster.OfAsync(Region.Code, ct);
        Rows = [.. entries.Select(e => (e.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Channel)),
            .. Enumerable.Repeat(("", ""), SpareRows)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string[]? person, string[]? channel, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        person ??= [];
        channel ??= [];
        Rows = person.Select((p, i) => (p ?? "", i < channel.Length ? channel[i] ?? "" : "")).ToList();
        var filled = Rows.Select((r, i) => (Row: r, Index: i)).Where(x => x.Row.Person.Trim().Length > 0).ToList();
        var entries = filled.Select(x => x.Row.Channel is "wechat" or "sms" ? $"{x.Row.Person.Trim()}:{x.Row.Channel}" : x.Row.Person.Trim()).ToList();
        var errors = await roster.SetAsync(Admin, Region.Code, entries, ct);
        if (errors.Count == 0) return Redirect("/rosters#roster-" + Region.Code);

        foreach (var error in errors)
        {
            if (error.Entry is { } i) Errors.Add($"person-{filled[i].Index + 1}", error.Message);
            else Errors.Form = FormErrors.ChineseOf(error.Message);
        }
        Errors.Form ??= "值班表没有保存，请按提示修改。";
        Rows = [.. Rows, .. Enumerable.Repeat(("", ""), Math.Max(0, SpareRows - (Rows.Count - filled.Count)))];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The place when it is a city, county or town under the admin; and the staff who may be on its roster.</summary>
    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (!DivisionCode.IsWellFormed(code) || !DivisionCode.Contains(Admin.RegionCode, code) ||
            await regions.GetAsync(code, ct) is not { Level: >= 2 and <= 4 } region)
            return false;
        Region = region;
        var (all, _) = await staff.PageAsync(DivisionCode.ToPrefix(Admin.RegionCode)!, 0, 2000, ct);
        Candidates = all.Where(s => DivisionCode.Overlaps(code, s.RegionCode)).ToList();
        return true;
    }
}
