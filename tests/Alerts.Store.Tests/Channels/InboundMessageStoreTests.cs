using Alerts.Store.Inbound;
using Alerts.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Store.Tests.Channels;

public sealed class InboundMessageStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheFirstDeliveryIsNewARetryWhileProcessingIsInProgressAndAfterwardsGetsTheSameReply()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-07-01T08:00:00Z"));
        var store = new InboundMessageStore(db.Db, clock);

        var first = await store.ClaimAsync("wechat", "o1:42", "o1", "text", "你好", clock.GetUtcNow(), Lease, Ct);
        var during = await store.ClaimAsync("wechat", "o1:42", "o1", "text", "你好", clock.GetUtcNow(), Lease, Ct);
        await store.CompleteAsync("wechat", "o1:42", ["收到", "请注意安全"], "passive", Ct);
        var after = await store.ClaimAsync("wechat", "o1:42", "o1", "text", "你好", clock.GetUtcNow(), Lease, Ct);

        Assert.Equal(InboundClaimState.New, first.State);
        Assert.Equal(InboundClaimState.InProgress, during.State);
        Assert.Equal(InboundClaimState.Answered, after.State);
        Assert.Equal(["收到", "请注意安全"], after.Reply);
        Assert.Equal("passive", after.ReplyVia);
        Assert.Equal(1, await store.CountFromAsync("wechat", "o1", Ct));
    }

    [Fact]
    public async Task ARowLeftByACrashedProcessorIsTakenOverOnceItsLeaseRunsOut()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-07-01T08:00:00Z"));
        var store = new InboundMessageStore(db.Db, clock);
        await store.ClaimAsync("sms", "SM1", "+8613800000001", "text", "1", clock.GetUtcNow(), Lease, Ct);

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var retaken = await store.ClaimAsync("sms", "SM1", "+8613800000001", "text", "1", clock.GetUtcNow(), Lease, Ct);
        var again = await store.ClaimAsync("sms", "SM1", "+8613800000001", "text", "1", clock.GetUtcNow(), Lease, Ct);

        Assert.Equal(InboundClaimState.New, retaken.State);
        Assert.Equal(InboundClaimState.InProgress, again.State);
    }

    [Fact]
    public async Task TheSameIdOnAnotherChannelIsADifferentMessage()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var store = new InboundMessageStore(db.Db, TimeProvider.System);

        var a = await store.ClaimAsync("wechat", "X", "a", "text", null, DateTimeOffset.UtcNow, Lease, Ct);
        var b = await store.ClaimAsync("sms", "X", "b", "text", null, DateTimeOffset.UtcNow, Lease, Ct);

        Assert.Equal(InboundClaimState.New, a.State);
        Assert.Equal(InboundClaimState.New, b.State);
    }
}
