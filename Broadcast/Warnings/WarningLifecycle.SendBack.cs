using Alerts.Identity.Accounts;

namespace Alerts.Broadcast.Warnings;

public sealed partial class WarningLifecycle
{
    /// <summary>The audit action of a warning sent back; its detail is the reason, which the warning page shows.</summary>
    public const string SentBack = "sent_back";
    public const int MaxReasonLength = 500;

    /// <summary>
    /// An approver sends a warning awaiting approval back to its drafter (退回修改): it becomes a draft again, and the
    /// reason is kept in the audit log. Only someone who could have approved it may send it back.
    /// </summary>
    public async Task<Outcome<Warning>> SendBackAsync(Account caller, long id, string? reason, CancellationToken ct)
    {
        var warning = await VisibleAsync(caller, id, ct);
        if (warning is null) return Refusal.NotFound(id);
        if (warning.Status != WarningStatuses.AwaitingApproval)
            return Refusal.Conflict($"预警 {id} 不在待审批状态，不能退回", $"Warning {id} is {warning.Status}; only warnings awaiting approval can be sent back");
        if (PublishingRules.MaySendBack(caller, warning, await OriginalAsync(warning, ct)) is { } refused) return refused;
        if (ReasonError(reason) is { } invalid) return invalid;

        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        if (!await warnings.SetStatusAsync(c, tx, id, [WarningStatuses.AwaitingApproval], WarningStatuses.Draft, time.GetUtcNow(), ct))
            return Refusal.Conflict($"预警 {id} 已被他人处理", $"Warning {id} was changed by someone else; reload it");
        await audit.AppendAsync(c, tx, caller.Actor, SentBack, warning.Subject, reason!.Trim(), ct);
        await tx.CommitAsync(ct);
        return (await warnings.GetAsync(id, ct))!;
    }

    /// <summary>A reason is said in words: required, and short enough to read.</summary>
    public static Refusal? ReasonError(string? reason)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(reason)) errors.Add("reason", "请填写原因", "A reason is required");
        else if (reason.Trim().Length > MaxReasonLength)
            errors.Add("reason", $"原因不能超过 {MaxReasonLength} 字", $"The reason must be at most {MaxReasonLength} characters");
        return errors.Any ? errors.ToRefusal() : null;
    }
}
