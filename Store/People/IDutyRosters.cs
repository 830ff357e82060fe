using System.Data.Common;

namespace Alerts.Store.People;

/// <summary>
/// Who is on duty for a town or a county, for the domains that tell them (monitoring's reminders, escalations and
/// red-warning notices; incidents' opening notices and the upward report). The duty roster belongs to Identity, which
/// those domains do not reference; the Host supplies this from it.
/// </summary>
public interface IDutyRosters
{
    /// <summary>The roster of the place at <paramref name="level"/> (4 town, 3 county, 2 city) above a village, in order.</summary>
    Task<IReadOnlyList<OnDuty>> AtAsync(DbConnection c, DbTransaction? tx, string villageCode, int level, CancellationToken ct);
}

/// <summary>One person on duty and the channel their roster entry names.</summary>
public sealed record OnDuty(long PersonId, string Name, string Channel);
