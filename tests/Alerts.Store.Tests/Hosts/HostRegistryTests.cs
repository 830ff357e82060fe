using Alerts.Store.Hosts;
using Alerts.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Store.Tests.Hosts;

public sealed class HostRegistryTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Stale = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task LiveHostsAreCountedByTheirBeatsADeadOneDropsOutWhenStaleAndOneThatStopsLeavesAtOnce()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero));
        var registry = new HostRegistry(db.Db, clock);

        Assert.Equal(1, await registry.BeatAsync("a", Stale, Ct));
        Assert.Equal(2, await registry.BeatAsync("b", Stale, Ct));
        Assert.Equal(3, await registry.BeatAsync("c", Stale, Ct));
        Assert.Equal(3, await registry.BeatAsync("a", Stale, Ct)); // a beat again is the same Host

        clock.Advance(TimeSpan.FromSeconds(4));
        await registry.BeatAsync("a", Stale, Ct);
        Assert.Equal(3, await registry.BeatAsync("b", Stale, Ct)); // c beat 4 s ago: still live
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(2, await registry.BeatAsync("a", Stale, Ct)); // c was killed: 7 s without a beat

        await registry.LeaveAsync("b", Ct);
        Assert.Equal(1, await registry.BeatAsync("a", Stale, Ct));
    }
}
