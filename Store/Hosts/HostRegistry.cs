using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Hosts;

/// <summary>
/// The Hosts running on this database, each known by the heartbeat it writes every few seconds: one row per Host,
/// written in place, so the cost is one small write per beat, never one per message. A Host whose beat is older than
/// <see cref="HostsOptions.Stale"/> is taken for dead (its leased work comes back to the others as its leases run
/// out); its row is removed after a while, by whichever Host beats next.
/// </summary>
public sealed class HostRegistry(StoreDb db, TimeProvider time)
{
    private const string Beat = """
        INSERT INTO host_heartbeats (host_id, started_utc, seen_utc) VALUES (@HostId, @Now, @Now)
        ON CONFLICT (host_id) DO UPDATE SET seen_utc = excluded.seen_utc
        """;
    private const string CountLive = "SELECT COUNT(*) FROM host_heartbeats WHERE seen_utc >= @Since";
    private const string Prune = "DELETE FROM host_heartbeats WHERE seen_utc < @Before";
    private const string Leave = "DELETE FROM host_heartbeats WHERE host_id = @HostId";

    /// <summary>Records that <paramref name="hostId"/> is alive now; returns how many Hosts are (this one included).</summary>
    public async Task<int> BeatAsync(string hostId, TimeSpan stale, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var work = await db.BeginAsync(ct);
        await work.Connection.ExecuteAsync(new CommandDefinition(Beat, new { HostId = hostId, Now = now }, work.Transaction,
            cancellationToken: ct));
        await work.Connection.ExecuteAsync(new CommandDefinition(Prune, new { Before = now - stale * 10 }, work.Transaction,
            cancellationToken: ct));
        var live = await work.Connection.ExecuteScalarAsync<long>(new CommandDefinition(CountLive, new { Since = now - stale },
            work.Transaction, cancellationToken: ct));
        await work.CommitAsync(ct);
        return (int)Math.Max(1, live);
    }

    /// <summary>A Host stopping on purpose leaves at once, so the others take its share at their next beat.</summary>
    public async Task LeaveAsync(string hostId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(Leave, new { HostId = hostId }, cancellationToken: ct));
    }
}
