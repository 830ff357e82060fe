using Microsoft.Extensions.Time.Testing;
using Alerts.Store.Audit;
using Alerts.Store.Outbound;
using Alerts.Store.People;
using Alerts.TestSupport;
using Alerts.Store.Tokens;
using Dapper;

namespace Alerts.Store.Tests.Channels;

public sealed class OutboundAndReachabilityStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task RecordingTheSameIdempotencyKeyTwiceReturnsTheFirstRow()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var store = new OutboundMessageStore(db.Db, TimeProvider.System);

        var a = await store.RecordAsync("sms", "+8613800000001", "第一条", "reply:SM1", "reply", 1, Ct);
        var b = await store.RecordAsync("sms", "+8613800000001", "第二条", "reply:SM1", "reply", 1, Ct);

        Assert.Equal(a.Id, b.Id);
        Assert.Equal("第一条", b.Text);
        Assert.Equal("pending", b.State);
    }

    [Fact]
    public async Task AReplyRecordedInATurnIsFoundBySendingItAndLeftPendingByACrashIsClaimedForRetryAtItsTime()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-07-01T08:00:00Z"));
        var store = new OutboundMessageStore(db.Db, clock);
        await using (var turn = await db.Db.BeginAsync(Ct))
        {
            await store.RecordPendingAsync(turn, "wechat", "o1", "稍后的答复", "reply:wechat:o1:1:0", "reply", null,
                clock.GetUtcNow().AddMinutes(2), Ct);
            await turn.CommitAsync(Ct);
        }

        // The committing process sends it: asking for the same key finds the pending row, whatever text is asked.
        var found = await store.RecordAsync("wechat", "o1", "别的", "reply:wechat:o1:1:0", "reply", null, Ct);
        Assert.Equal(("pending", "稍后的答复"), (found.State, found.Text));
        // That process died before sending: not before the grace, then exactly once (the claim leases it).
        Assert.Empty(await store.ClaimRetriesAsync("reply", 10, TimeSpan.FromMinutes(2), Ct));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(found.Id, Assert.Single(await store.ClaimRetriesAsync("reply", 10, TimeSpan.FromMinutes(2), Ct)).Id);
        Assert.Empty(await store.ClaimRetriesAsync("reply", 10, TimeSpan.FromMinutes(2), Ct));
    }

    [Fact]
    public async Task StatusesOnlyEverMoveForward()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var store = new OutboundMessageStore(db.Db, TimeProvider.System);
        var row = await store.RecordAsync("sms", "+8613800000001", "预警", "w:1:p:1", "warning", 1, Ct);
        await store.SetOutcomeAsync(row.Id, "sent", "SM9", "queued", null, null, Ct);

        Assert.True(await store.ApplyStatusAsync("sms", "SM9", "delivered", 5, "delivered", null, Ct));
        Assert.False(await store.ApplyStatusAsync("sms", "SM9", "sent", 4, "sent", null, Ct));
        Assert.False(await store.ApplyStatusAsync("sms", "SM9", "delivered", 5, "delivered", null, Ct));
        Assert.False(await store.ApplyStatusAsync("sms", "SM-unknown", "delivered", 5, "delivered", null, Ct));

        var stored = await store.FindByProviderIdAsync("sms", "SM9", Ct);
        Assert.Equal("delivered", stored!.ProviderStatus);
        Assert.Equal("delivered", stored.State);
    }

    [Fact]
    public async Task TokensAreSharedThroughTheDatabaseAndReplaced()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var a = new ProviderTokenStore(db.Db, TimeProvider.System);
        var b = new ProviderTokenStore(db.Db, TimeProvider.System);
        var expires = DateTimeOffset.Parse("2026-07-01T10:00:00Z");

        Assert.Null(await a.GetAsync("wechat", "wx1", Ct));
        await a.SaveAsync("wechat", "wx1", "T1", expires, Ct);
        await a.SaveAsync("wechat", "wx1", "T2", expires.AddHours(2), Ct);

        Assert.Equal(("T2", expires.AddHours(2)), await b.GetAsync("wechat", "wx1", Ct));
    }

    [Fact]
    public async Task OptOutsAreRecordedForKnownAndUnknownNumbersAndAudited()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var store = new ReachabilityStore(db.Db, new AuditStore(db.Db, TimeProvider.System), TimeProvider.System);
        using var c = db.Open();
        var known = c.QueryFirst<string>("SELECT phone FROM people WHERE phone IS NOT NULL");

        await store.SetSmsOptOutAsync(known, true, Ct);
        await store.SetSmsOptOutAsync("+8613999999999", true, Ct);
        Assert.True(await store.IsSmsOptedOutAsync(known, Ct));
        Assert.True(await store.IsSmsOptedOutAsync("+8613999999999", Ct));
        Assert.True(c.ExecuteScalar<bool>("SELECT sms_opted_out FROM people WHERE phone = @P", new { P = known }));

        await store.SetSmsOptOutAsync(known, false, Ct);
        Assert.False(await store.IsSmsOptedOutAsync(known, Ct));
        Assert.False(await store.IsSmsOptedOutAsync("+8613000000002", Ct));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE subject = @S", new { S = "phone:" + known }));
    }

    [Fact]
    public async Task UnfollowingAndFollowingAgainAreRecordedOnThePerson()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(households: 20);
        var store = new ReachabilityStore(db.Db, new AuditStore(db.Db, TimeProvider.System), TimeProvider.System);
        using var c = db.Open();
        var openid = c.QueryFirst<string>("SELECT wechat_openid FROM people WHERE wechat_openid IS NOT NULL");
        const string unfollowed = "SELECT wechat_unfollowed_utc IS NOT NULL FROM people WHERE wechat_openid = @O";

        async Task SetFollowingAsync(bool following)
        {
            await using var work = await db.Db.BeginAsync(Ct);
            await store.SetWeChatFollowingAsync(work, openid, following, Ct);
            await work.CommitAsync(Ct);
        }

        await SetFollowingAsync(false);
        Assert.True(c.ExecuteScalar<bool>(unfollowed, new { O = openid }));
        await SetFollowingAsync(true);
        Assert.False(c.ExecuteScalar<bool>(unfollowed, new { O = openid }));
    }
}
