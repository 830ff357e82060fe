using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.Tokens;
using Alerts.TestSupport;
using Dapper;
using Microsoft.Extensions.Options;

namespace Alerts.Store.Tests.Postgres;

/// <summary>
/// Several Hosts on one PostgreSQL, each with a StoreDb (and connection pool) of its own, as separate processes have.
/// </summary>
public sealed class SeveralHostsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [PostgresFact]
    public async Task OneHostAtATimeRefreshesACredentialWhileAnotherCredentialRefreshesAlongside()
    {
        using var db = new TempDatabase(StoreEngine.Postgres);
        await db.Migrator.MigrateAsync(Ct);
        using var pools = new Pools(db);
        var hosts = pools.Hosts.Select(h => new ProviderTokenStore(h, TimeProvider.System)).ToList();
        var inside = new Dictionary<string, int> { ["wx1"] = 0, ["wx2"] = 0 };
        var most = new Dictionary<string, int> { ["wx1"] = 0, ["wx2"] = 0 };
        var bothAtOnce = 0;

        async Task<bool> Refresh(string account)
        {
            lock (inside)
            {
                most[account] = Math.Max(most[account], ++inside[account]);
                if (inside["wx1"] > 0 && inside["wx2"] > 0) bothAtOnce++;
            }
            await Task.Delay(150);
            lock (inside) inside[account]--;
            return true;
        }

        await Task.WhenAll(hosts.SelectMany(h => new[]
        {
            h.ExclusivelyAsync("wechat", "wx1", _ => Refresh("wx1"), Ct),
            h.ExclusivelyAsync("wechat", "wx2", _ => Refresh("wx2"), Ct),
        }));

        Assert.Equal(1, most["wx1"]);
        Assert.Equal(1, most["wx2"]);
        Assert.True(bothAtOnce > 0, "the two credentials' refreshes never overlapped: the lock is wider than one credential");
    }

    [PostgresFact]
    public async Task HostsClaimingNoticesAtOnceTakeEachOnceAndNeverWaitOnEachOther()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20, StoreEngine.Postgres);
        var person = db.Open().ExecuteScalar<long>("SELECT MIN(id) FROM people");
        await using (var work = await db.Db.BeginAsync(Ct))
        {
            var store = new NotificationStore(db.Db, TimeProvider.System);
            for (var i = 0; i < 300; i++)
                await store.InsertAsync(work.Connection, work.Transaction, person, $"通知{i}", "test", DateTimeOffset.UtcNow, Ct);
            await work.CommitAsync(Ct);
        }

        using var pools = new Pools(db);
        var hosts = pools.Hosts.Select(h => new NotificationStore(h, TimeProvider.System)).ToList();
        var claimed = await Task.WhenAll(hosts.Select(async h =>
        {
            var mine = new List<long>();
            for (var round = 0; round < 20; round++)
                mine.AddRange((await h.ClaimAsync(10, TimeSpan.FromMinutes(5), Ct)).Select(n => n.Id));
            return mine;
        }));

        var all = claimed.SelectMany(ids => ids).ToList();
        Assert.Equal(300, all.Count);
        Assert.Equal(300, all.Distinct().Count());
        Assert.All(claimed, ids => Assert.NotEmpty(ids));
    }

    /// <summary>Three Hosts' connection pools on one database.</summary>
    private sealed class Pools(TempDatabase db) : IDisposable
    {
        public IReadOnlyList<StoreDb> Hosts { get; } = Enumerable.Range(0, 3)
            .Select(_ => new StoreDb(Options.Create(new StoreOptions { ConnectionString = db.ConnectionString }))).ToList();

        public void Dispose()
        {
            foreach (var host in Hosts) host.Dispose();
        }
    }
}
