using Alerts.Broadcast;
using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Targeting;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Pages.Warnings;

/// <summary>
/// Compose a warning (or an update or all-clear of one): the form, a preview that runs every rule of creating and
/// stores nothing, then submit for approval or keep as a draft. Only accounts that may publish get here; the area
/// picker offers the caller's jurisdiction, and the lifecycle refuses anything else, however it was posted.
/// </summary>
internal sealed class NewModel(
    WarningLifecycle lifecycle, WarningStore warnings, AreaTreeStore areaTree, PreviewStore previews, WarningMessages messages,
    IOptions<BroadcastOptions> options, TimeProvider time) : PageModel
{
    public ComposeForm Form { get; private set; } = new();
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<AreaTreeTown> Tree { get; private set; } = [];
    public ComposePreview? Preview { get; private set; }

    /// <summary>Selected areas that are neither a town nor a village of the tree (an original warning's county, say).</summary>
    public IEnumerable<string> OtherAreas => Form.SelectedPrefixes.Where(p =>
        !Tree.Any(t => t.Prefix == p || t.Villages.Any(v => v.Code == p)));

    public async Task<IActionResult> OnGetAsync(long? references, string? kind, CancellationToken ct)
    {
        if (!AccountRoles.MayPublish(User.ToAccount().Role)) return Forbid();
        if (references is long id)
        {
            var old = await warnings.GetAsync(id, ct);
            if (old is null || !PublishingRules.CanSee(User.ToAccount(), old.Areas)) return NotFound();
            Form = ComposeForm.Changing(old, kind == WarningKinds.AllClear ? WarningKinds.AllClear : WarningKinds.Warning);
            if (ReferenceRules.Target(User.ToAccount(), old, id) is { } refused) Refuse(refused);
        }
        Form.Event ??= HazardCatalogue.EventsOf(Form.Family).FirstOrDefault();
        Form.DefaultInstruction();
        Form.DefaultTimes(time.GetUtcNow(), options.Value.DefaultValidity);
        await LoadTreeAsync(ct);
        return Page();
    }

    /// <summary>The 防御指南 for an event, level and kind, for the script that refills the instruction.</summary>
    public IActionResult OnGetGuide(string? @event, string? level, string? kind)
    {
        if (!AccountRoles.MayPublish(User.ToAccount().Role)) return Forbid();
        var form = new ComposeForm { Event = @event, Level = level ?? "", Kind = kind ?? WarningKinds.Warning };
        form.DefaultInstruction();
        return Content(form.Instruction ?? "", "text/plain; charset=utf-8");
    }

    /// <summary>Checks the form as submitting would and shows what it would send; changes nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(ComposeForm form, CancellationToken ct)
    {
        if (!AccountRoles.MayPublish(User.ToAccount().Role)) return Forbid();
        Form = form;
        var check = await lifecycle.CheckAsync(User.ToAccount(), form.ToRequest(submit: true), ct);
        if (check.Succeeded)
        {
            var draft = check.Value.Draft;
            Preview = new ComposePreview(check.Value, await previews.PreviewAsync(draft, ct), messages.Of(draft));
            if (Form.IsGuide) Form.Instruction = Form.Guide = draft.Instruction;
        }
        else Refuse(check.Refusal);
        await LoadTreeAsync(ct);
        return Page();
    }

    /// <summary>Creates the warning: for approval (or out at once on the green channel), or as a draft.</summary>
    public async Task<IActionResult> OnPostAsync(ComposeForm form, bool submit, CancellationToken ct)
    {
        if (!AccountRoles.MayPublish(User.ToAccount().Role)) return Forbid();
        var created = await lifecycle.CreateAsync(User.ToAccount(), form.ToRequest(submit), ct);
        if (created.Succeeded) return Redirect($"/warnings/{created.Value.Id}");
        Form = form;
        Refuse(created.Refusal);
        await LoadTreeAsync(ct);
        return Page();
    }

    private void Refuse(Refusal refusal)
    {
        Errors.AddAll(refusal.Errors);
        Errors.Form = refusal.Chinese;
    }

    private async Task LoadTreeAsync(CancellationToken ct) => Tree = await areaTree.TreeAsync(User.ToAccount().RegionCode, ct);
}
