using System.Data.Common;
using Alerts.Bot.Dialogs;
using Alerts.Monitoring.Households;
using Alerts.Store.Households;
using Alerts.Store.People;

namespace Alerts.Bot.Reports;

/// <summary>
/// What guidance needs to know about a report's household (its register flags and
/// size) and its reporter (priority groups), read in the turn's transaction.
/// </summary>
internal sealed class HouseholdStatusReader(HouseholdStore households, HouseholdRecordStore records)
{
    public Task<HouseholdStatus> ReadAsync(TurnContext turn, long? householdId, Person? reporter, CancellationToken ct) =>
        ReadAsync(turn.Connection, turn.Transaction, householdId, reporter, ct);

    public async Task<HouseholdStatus> ReadAsync(DbConnection c, DbTransaction? tx, long? householdId, Person? reporter,
        CancellationToken ct)
    {
        var h = householdId is { } id ? await households.GetAsync(c, tx, id, ct) : null;
        return new HouseholdStatus
        {
            IsLiftedOut = h?.IsLiftedOut ?? false,
            IsMonitored = h?.IsMonitored ?? false,
            HasDibao = h?.HasDibao ?? false,
            IsTekun = h?.IsTekun ?? false,
            IsLowIncome = h?.IsLowIncome ?? false,
            // Policy 003's count (those living together), the same as the assessment's; at least the reporter.
            Members = h is null ? 1 : Math.Max(1, await records.SizeOfAsync(c, tx, h.Id, ct)),
            IsElderly = reporter?.IsElderly ?? false,
            IsDisabled = reporter?.IsDisabled ?? false,
            LivesAlone = reporter?.LivesAlone ?? false,
        };
    }
}
