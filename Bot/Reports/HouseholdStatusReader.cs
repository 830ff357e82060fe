using Alerts.Bot.Dialogs;
using Alerts.Store.Households;
using Alerts.Store.People;

namespace Alerts.Bot.Reports;

/// <summary>
/// What guidance and the relapse-risk assessment need to know about a report's household (its register flags and
/// size) and its reporter (priority groups), read in the turn's transaction.
/// </summary>
internal sealed class HouseholdStatusReader(HouseholdStore households)
{
    public async Task<HouseholdStatus> ReadAsync(TurnContext turn, long? householdId, Person? reporter, CancellationToken ct)
    {
        var (c, tx) = (turn.Connection, turn.Transaction);
        var h = householdId is { } id ? await households.GetAsync(c, tx, id, ct) : null;
        return new HouseholdStatus
        {
            IsLiftedOut = h?.IsLiftedOut ?? false,
            IsMonitored = h?.IsMonitored ?? false,
            HasDibao = h?.HasDibao ?? false,
            IsTekun = h?.IsTekun ?? false,
            IsLowIncome = h?.IsLowIncome ?? false,
            Members = h is null ? 1 : Math.Max(1, await households.MemberCountAsync(c, tx, h.Id, ct)),
            IsElderly = reporter?.IsElderly ?? false,
            IsDisabled = reporter?.IsDisabled ?? false,
            LivesAlone = reporter?.LivesAlone ?? false,
        };
    }
}
