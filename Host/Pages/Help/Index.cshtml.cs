using Alerts.Host.Help;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Identity.Help;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Help;

/// <summary>Help requests under the caller's jurisdiction, open ones first; marking one handled goes through HelpDesk.</summary>
internal sealed class IndexModel(HelpListReader reader, HelpDesk desk) : PageModel
{
    public const int NoteMaxLength = 200;
    public static readonly string[] Statuses = ["open", "handled"];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    /// <summary>The request a refused form was for, so its note is kept and its reason shown beside it.</summary>
    public long? RefusedId { get; private set; }
    public string? RefusedNote { get; private set; }

    public FormErrors Errors { get; } = new();

    // "page" is Razor Pages' own route value (the page's path), so it cannot be model-bound: read the query itself.
    private int? PageNumber() => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : null;
    public IReadOnlyList<HelpListItem> Items { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);

    public static string StatusText(string status) => status == "open" ? "未处理" : "已处理";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostHandleAsync(long id, string? note, CancellationToken ct)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteMaxLength })
            return await RefuseAsync(id, note, "note", $"说明最多{NoteMaxLength}个字。", ct);
        var account = User.ToAccount();
        switch (await desk.HandleAsync(id, account.Actor, account.RegionCode, note, ct))
        {
            case HandleOutcome.NotFound or HandleOutcome.Forbidden: return NotFound();
            case HandleOutcome.AlreadyHandled: return await RefuseAsync(id, note, null, $"求助 H{id} 已经有人处理过了。", ct);
            default: return Redirect($"/help?done=H{id}");
        }
    }

    private async Task<IActionResult> RefuseAsync(long id, string? note, string? field, string message, CancellationToken ct)
    {
        (RefusedId, RefusedNote) = (id, note);
        if (field is null) Errors.Form = message;
        else Errors.Add($"{field}-{id}", message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var jurisdiction = User.ToAccount().RegionCode;
        var status = Statuses.Contains(Status) ? Status : null;
        if (!string.IsNullOrEmpty(Status) && status is null) Errors.Add("status", "没有这个状态。");
        var all = await reader.ListAsync(jurisdiction, status, ct);
        Paging = Paging.Of(PageNumber(), null, all.Count);
        Items = await reader.DetailAsync(all.Skip(Paging.Offset).Take(Paging.PageSize), jurisdiction, ct);
    }
}
