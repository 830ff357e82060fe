using Alerts.Broadcast;
using Alerts.Broadcast.Cap;
using Alerts.Broadcast.FollowUp;
using Alerts.Broadcast.Recipients;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Store.Audit;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Warnings;

/// <summary>
/// /warnings/{id}: one warning touching the caller's jurisdiction (any other is not found), its history, its live
/// progress and 叫应 list, and what the caller may do with it now. Every action is decided again by the lifecycle.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class DetailsModel(
    WarningStore warnings, WarningLifecycle lifecycle, DeliveryReportStore reports, FollowUpStore followUps, AuditStore audit,
    AccountStore accounts, RegionStore regions, CapExporter exporter, TimeProvider time) : PageModel
{
    private const string CapContentType = "application/cap+xml; charset=utf-8";

    public Warning Warning { get; private set; } = null!;
    public AreaNames Names { get; private set; } = null!;
    public WarningHistory History { get; private set; } = null!;
    public ProgressView Progress { get; private set; } = null!;
    public FormErrors Errors { get; } = new();
    /// <summary>Which form was refused, so only that one shows the reasons and keeps its input.</summary>
    public string? RefusedForm { get; private set; }
    public string? Reason { get; private set; }
    public string? Done { get; private set; }
    public bool MayApprove { get; private set; }
    public bool MayChange { get; private set; }
    /// <summary>A draft or a warning awaiting approval that this account may still withdraw (never sent, so no all-clear).</summary>
    public bool MayWithdraw { get; private set; }
    public bool IsDrafter => Warning.CreatedBy == User.ToAccount().Id;

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Done = done switch { "approved" => "已批准，预警已发布。", "sent_back" => "已退回起草人修改。", "cancelled" => "已撤销，解除通知正在发出。",
            "withdrawn" => "已撤回，这条预警不会发出。", _ => null };
        return Page();
    }

    /// <summary>The progress fragment alone, for the page's script to swap in every few seconds.</summary>
    public async Task<IActionResult> OnGetProgressAsync(long id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } warning) return NotFound();
        return Partial("_Progress", await ProgressAsync(warning, ct));
    }

    /// <summary>The CAP 1.2 document, as GET /api/warnings/{id}/cap gives it, for a signed-in official.</summary>
    public async Task<IActionResult> OnGetCapAsync(long id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is null) return NotFound();
        var document = (await exporter.ExportAsync(id, ct))!;
        Response.Headers.ContentDisposition = $"attachment; filename=\"warning-{id}.xml\"";
        return Content(document.Declaration + "\n" + document.Root, CapContentType);
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct)
    {
        var approved = await lifecycle.ApproveAsync(User.ToAccount(), id, ct);
        return approved.Succeeded ? Redirect(id, "approved") : await RefusedAsync(id, "approve", approved.Refusal, ct);
    }

    public async Task<IActionResult> OnPostSendBackAsync(long id, string? reason, CancellationToken ct)
    {
        var sent = await lifecycle.SendBackAsync(User.ToAccount(), id, reason, ct);
        return sent.Succeeded ? Redirect(id, "sent_back") : await RefusedAsync(id, "send-back", sent.Refusal, ct, reason);
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, string? reason, CancellationToken ct)
    {
        // The console always asks why: an official cancelling a warning people have read must say so.
        var cancelled = WarningLifecycle.ReasonError(reason) is { } invalid
            ? invalid
            : (await lifecycle.CancelAsync(User.ToAccount(), id, reason, ct)).Refusal;
        return cancelled is null ? Redirect(id, "cancelled") : await RefusedAsync(id, "cancel", cancelled, ct, reason);
    }

    /// <summary>Withdraws a warning that has not gone out; the console asks why here too.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(long id, string? reason, CancellationToken ct)
    {
        var withdrawn = (await lifecycle.WithdrawAsync(User.ToAccount(), id, reason ?? "", ct)).Refusal;
        return withdrawn is null ? Redirect(id, "withdrawn") : await RefusedAsync(id, "withdraw", withdrawn, ct, reason);
    }

    private RedirectResult Redirect(long id, string done) => Redirect($"/warnings/{id}?done={done}");

    /// <summary>The page again with the refused form's reasons beside its fields and its input kept.</summary>
    private async Task<IActionResult> RefusedAsync(long id, string form, Refusal refusal, CancellationToken ct, string? reason = null)
    {
        if (refusal.Kind == RefusalKind.NotFound || !await LoadAsync(id, ct)) return NotFound();
        RefusedForm = form;
        Reason = reason;
        Errors.Form = FormErrors.ChineseOf(refusal.Detail);
        Errors.AddAll(refusal.Errors);
        Response.StatusCode = refusal.Kind switch
        {
            RefusalKind.Invalid => StatusCodes.Status400BadRequest,
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is not { } warning) return false;
        Warning = warning;
        var caller = User.ToAccount();
        Names = new AreaNames(regions);
        await Names.LoadAsync([warning], ct);
        History = new WarningHistory(audit, accounts);
        await History.LoadAsync(warning, ct);
        Progress = await ProgressAsync(warning, ct);
        var original = warning.ReferencesId is long r ? await warnings.GetAsync(r, ct) : null;
        MayApprove = warning.Status == WarningStatuses.AwaitingApproval && PublishingRules.MayApprove(caller, warning, original) is null;
        MayWithdraw = WarningStatuses.IsUnpublished(warning.Status) && PublishingRules.MayCancelDraft(caller, warning, original) is null;
        MayChange = warning.Status == WarningStatuses.Published && warning.Kind != WarningKinds.AllClear
            && PublishingRules.MayChange(caller, warning) is null;
        return true;
    }

    private async Task<ProgressView> ProgressAsync(Warning warning, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var progress = await reports.ProgressAsync(warning.Id, ct);
        var callList = await followUps.CallListAsync(warning.Id, ct);
        var inForce = warning.Status == WarningStatuses.Published && warning.ExpiresUtc > now;
        var live = inForce || progress.Total.Waiting > 0 || warning.TargetingState == "pending";
        return new ProgressView(warning.Id, progress, callList, live, warning.PublishedUtc is not null, now);
    }

    /// <summary>A warning outside the caller's jurisdiction answers exactly as a missing one.</summary>
    private async Task<Warning?> VisibleAsync(long id, CancellationToken ct) =>
        await warnings.GetAsync(id, ct) is { } w && PublishingRules.CanSee(User.ToAccount(), w.Areas) ? w : null;
}
