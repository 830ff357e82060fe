using Alerts.Identity.Accounts;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// The warnings awaiting approval that this account may approve (<see cref="PublishingRules.MayApprove"/>: not its
/// own, wholly inside its jurisdiction, the right department), oldest first: the first waiting is the first to act on.
/// </summary>
public sealed class ApprovalQueue(WarningListStore list, WarningStore warnings)
{
    // A county office has a handful waiting at any time; more than this is a backlog the list shows in pages elsewhere.
    private const int Limit = 200;

    public async Task<IReadOnlyList<Warning>> ForAsync(Account caller, CancellationToken ct)
    {
        if (!AccountRoles.MayPublish(caller.Role)) return [];
        var waiting = await list.ListAsync(caller, new WarningQuery { State = WarningStatuses.AwaitingApproval }, 0, Limit, ct);
        var mine = new List<Warning>();
        foreach (var warning in waiting)
        {
            var original = warning.ReferencesId is long r ? await warnings.GetAsync(r, ct) : null;
            if (PublishingRules.MayApprove(caller, warning, original) is null) mine.Add(warning);
        }
        mine.Reverse();
        return mine;
    }
}
