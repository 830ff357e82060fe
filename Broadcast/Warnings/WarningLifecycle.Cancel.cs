using Alerts.Identity.Accounts;

namespace Alerts.Broadcast.Warnings;

public sealed partial class WarningLifecycle
{
    /// <summary>The audit action that records why a published warning was cancelled.</summary>
    public const string CancelReason = "cancel_reason";

    /// <summary>
    /// Cancels a warning. An unpublished one is simply cancelled. A published one is lifted by an all-clear (解除) that
    /// goes out at once to the same people: it lifts something already approved, so it needs no second official.
    /// </summary>
    public Task<Outcome<CancelResult>> CancelAsync(Account caller, long id, CancellationToken ct) => CancelAsync(caller, id, null, ct);

    /// <summary>Cancels a warning, recording why in the audit log (the console asks for a reason; the API gives none).</summary>
    public async Task<Outcome<CancelResult>> CancelAsync(Account caller, long id, string? reason, CancellationToken ct)
    {
        var warning = await VisibleAsync(caller, id, ct);
        if (warning is null) return Refusal.NotFound(id);
        if (reason is not null && ReasonError(reason) is { } invalid) return invalid;
        if (WarningStatuses.IsUnpublished(warning.Status)) return await CancelUnpublishedAsync(caller, warning, reason, ct);
        if (warning.Status != WarningStatuses.Published || warning.Kind == WarningKinds.AllClear)
            return Refusal.Conflict($"预警 {id} 的状态为 {warning.Status}，不能撤销", $"Warning {id} is {warning.Status} and cannot be cancelled");

        // Created as a draft and published in a second step: a crash between the two leaves a visible draft all-clear,
        // never a cancelled warning that nobody was told about.
        var request = new WarningRequest { Kind = WarningKinds.AllClear, References = id, Submit = false };
        var allClear = await CreateAsync(caller, request, "api", null, ct);
        if (!allClear.Succeeded) return allClear.Refusal;
        var published = await PublishCancelAsync(caller, allClear.Value, reason, ct);
        return new CancelResult((await warnings.GetAsync(id, ct))!, published);
    }

    /// <summary>
    /// Withdraws a warning that has not gone out (draft or awaiting approval); never lifts a published one, even when it
    /// was published a moment ago by someone else: the status change is conditional on it still being unpublished.
    /// </summary>
    public async Task<Outcome<CancelResult>> WithdrawAsync(Account caller, long id, string reason, CancellationToken ct)
    {
        var warning = await VisibleAsync(caller, id, ct);
        if (warning is null) return Refusal.NotFound(id);
        if (ReasonError(reason) is { } invalid) return invalid;
        if (!WarningStatuses.IsUnpublished(warning.Status))
            return Refusal.Conflict($"预警 {id} 已经发布，不能撤回，请用撤销", $"Warning {id} is already published; cancel it instead");
        return await CancelUnpublishedAsync(caller, warning, reason, ct);
    }

    private async Task<Outcome<CancelResult>> CancelUnpublishedAsync(Account caller, Warning warning, string? reason, CancellationToken ct)
    {
        if (PublishingRules.MayCancelDraft(caller, warning, await OriginalAsync(warning, ct)) is { } refused) return refused;
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        if (!await warnings.SetStatusAsync(c, tx, warning.Id, Unpublished, WarningStatuses.Cancelled, now, ct))
            return Refusal.Conflict($"预警 {warning.Id} 已被他人处理", $"Warning {warning.Id} was changed by someone else; reload it");
        await audit.AppendAsync(c, tx, caller.Actor, WarningStatuses.Cancelled, warning.Subject, reason?.Trim() ?? "before publication", ct);
        await tx.CommitAsync(ct);
        return new CancelResult((await warnings.GetAsync(warning.Id, ct))!, null);
    }

    /// <summary>Publishes the all-clear the canceller just created (they hold the rights, checked on create).</summary>
    private async Task<Warning> PublishCancelAsync(Account caller, Warning allClear, string? reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using (var c = await db.OpenAsync(ct))
        await using (var tx = await c.BeginTransactionAsync(ct))
        {
            await warnings.PublishAsync(c, tx, allClear.Id, approvedBy: null, green: false, now, ct);
            await AfterPublishAsync(c, tx, caller, allClear, "cancel", now, ct);
            if (reason is not null)
                await audit.AppendAsync(c, tx, caller.Actor, CancelReason, $"warning:{allClear.ReferencesId}", reason.Trim(), ct);
            await tx.CommitAsync(ct);
        }
        signal.Notify();
        return (await warnings.GetAsync(allClear.Id, ct))!;
    }
}
