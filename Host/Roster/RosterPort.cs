using System.Data.Common;
using Alerts.Store.People;
using Alerts.Identity.Roster;

namespace Alerts.Host.Roster;

/// <summary>The domains' view of Identity's duty roster (Store's port): who is on duty for the town or county above a place.</summary>
internal sealed class RosterPort(DutyRoster roster) : IDutyRosters
{
    public async Task<IReadOnlyList<OnDuty>> AtAsync(DbConnection c, DbTransaction? tx, string placeCode, int level,
        CancellationToken ct) =>
        (await roster.AtLevelAsync(c, tx, placeCode, level, ct)).Select(e => new OnDuty(e.PersonId, e.Name, e.Channel)).ToList();
}
