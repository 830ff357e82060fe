using System.Data.Common;
using Alerts.Store.People;
using Alerts.Identity.Roster;
using Alerts.Monitoring.Cases;

namespace Alerts.Bot.Tests.Support;

/// <summary>The duty-roster port read from Identity's roster, as the Host supplies it (Host/Roster/RosterPort).</summary>
internal sealed class RosterForTests(DutyRoster roster) : IDutyRosters
{
    public async Task<IReadOnlyList<OnDuty>> AtAsync(DbConnection c, DbTransaction? tx, string villageCode, int level,
        CancellationToken ct) =>
        (await roster.AtLevelAsync(c, tx, villageCode, level, ct)).Select(e => new OnDuty(e.PersonId, e.Name, e.Channel)).ToList();
}
