using Alerts.Identity.Roster;
using Alerts.Monitoring.Cases;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Monitoring;

/// <summary>Monitoring's view of Identity's duty roster: who is on duty for the town or county above a village.</summary>
internal sealed class RosterForMonitoring(DutyRoster roster) : IDutyRosters
{
    public async Task<IReadOnlyList<OnDuty>> AtAsync(SqliteConnection c, SqliteTransaction? tx, string villageCode, int level,
        CancellationToken ct) =>
        (await roster.AtLevelAsync(c, tx, villageCode, level, ct)).Select(e => new OnDuty(e.PersonId, e.Name, e.Channel)).ToList();
}
