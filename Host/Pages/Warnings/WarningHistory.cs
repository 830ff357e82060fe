using Alerts.Broadcast.Warnings;
using Alerts.Identity.Accounts;
using Alerts.Store.Audit;

namespace Alerts.Host.Pages.Warnings;

/// <summary>A warning's audit entries in words: who drafted and approved it, why it was sent back or cancelled.</summary>
internal sealed class WarningHistory(AuditStore audit, AccountStore accounts)
{
    private readonly Dictionary<long, string> _names = [];

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public string? Drafter { get; private set; }
    public string? Approver { get; private set; }
    /// <summary>Why it was last sent back to its drafter, while it is a draft again.</summary>
    public string? SentBackReason { get; private set; }

    public async Task LoadAsync(Warning warning, CancellationToken ct)
    {
        Drafter = warning.CreatedBy is long c ? await NameAsync(c, ct) : null;
        Approver = warning.ApprovedBy is long a ? await NameAsync(a, ct) : null;
        var entries = await audit.ForSubjectAsync(warning.Subject, ct);
        var timeline = new List<TimelineEntry>();
        foreach (var e in entries)
            timeline.Add(new TimelineEntry(e.AtUtc, await ActorAsync(e.Actor, ct), What(e.Action), Shown(e)));
        Timeline = timeline;
        if (warning.Status == WarningStatuses.Draft)
            SentBackReason = entries.LastOrDefault(e => e.Action == WarningLifecycle.SentBack)?.Detail;
    }

    private static string What(string action) => action switch
    {
        "created" => "起草",
        "submitted" => "提交审批",
        "approved" => "批准",
        "published" => "发布",
        WarningLifecycle.SentBack => "退回修改",
        WarningLifecycle.CancelReason => "撤销原因",
        WarningStatuses.Cancelled => "解除 / 撤销",
        WarningStatuses.Updated => "被更新",
        WarningStatuses.Expired => "过期",
        _ => action,
    };

    // Reasons are people's words and shown; the rest of the details are for the audit page.
    private static string? Shown(AuditEntry e) =>
        e.Action is WarningLifecycle.SentBack or WarningLifecycle.CancelReason ? e.Detail : null;

    private async Task<string> ActorAsync(string actor, CancellationToken ct) =>
        actor.StartsWith("account:", StringComparison.Ordinal) && long.TryParse(actor["account:".Length..], out var id)
            ? await NameAsync(id, ct)
            : "系统";

    private async Task<string> NameAsync(long id, CancellationToken ct)
    {
        if (!_names.TryGetValue(id, out var name))
            _names[id] = name = (await accounts.GetAsync(id, ct))?.Name ?? $"账号 {id}";
        return name;
    }
}
