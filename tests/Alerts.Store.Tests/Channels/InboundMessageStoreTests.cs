using Alerts.Store.Database;
using Alerts.Store.Inbound;
using Alerts.Store.Migrations;
using Alerts.TestSupport;
using Dapper;

namespace Alerts.Store.Tests.Channels;

/// <summary>The inbound id is a unique insert inside the turn's transaction: it exists only once the turn commits.</summary>
public sealed class InboundMessageStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2026-07-01T08:00:00Z");

    [Fact]
    public async Task AClaimWhoseTransactionNeverCommitsLeavesNoRowSoTheRetryIsNew()
    {
        using var db = await MigratedAsync();
        var store = new InboundMessageStore(db.Db);

        await using (var crashed = await db.Db.BeginAsync(Ct))
        {
            Assert.True((await ClaimAsync(store, crashed, "wechat", "o1:42")).IsNew);
            await store.AnswerAsync(crashed, "wechat", "o1:42", ["收到"], InboundMessageStore.Passive, Ct);
            // Disposed uncommitted, as a process killed mid-turn leaves it.
        }

        await using var retry = await db.Db.BeginAsync(Ct);
        Assert.True((await ClaimAsync(store, retry, "wechat", "o1:42")).IsNew);
    }

    [Fact]
    public async Task AfterTheTurnCommitsARetryGetsTheSameAnswerAndHowItWentOut()
    {
        using var db = await MigratedAsync();
        var store = new InboundMessageStore(db.Db);
        await CommittedTurnAsync(db, store, "sms", "SM1", ["收到", "请注意安全"], InboundMessageStore.Send);

        await using var retry = await db.Db.BeginAsync(Ct);
        var claim = await ClaimAsync(store, retry, "sms", "SM1");

        Assert.False(claim.IsNew);
        Assert.Equal(["收到", "请注意安全"], claim.Reply);
        Assert.Equal(InboundMessageStore.Send, claim.ReplyVia);
        Assert.Equal(1, await store.CountFromAsync("sms", "addr", Ct));
    }

    [Fact]
    public async Task ASecondDeliveryWaitsForTheFirstTurnAndFindsItsAnswerOrNothingIfItRolledBack()
    {
        using var db = await MigratedAsync();
        var store = new InboundMessageStore(db.Db);

        foreach (var commits in new[] { true, false })
        {
            var id = commits ? "o1:1" : "o1:2";
            IReadOnlyList<string> second;
            await using (var first = await db.Db.BeginAsync(Ct))
            {
                Assert.True((await ClaimAsync(store, first, "wechat", id)).IsNew);
                // IMMEDIATE: the second delivery's transaction cannot begin while the first holds the write lock.
                var waiting = SecondDeliveryAsync(db, store, id);
                await store.AnswerAsync(first, "wechat", id, ["第一次的答复"], InboundMessageStore.Passive, Ct);
                Assert.False(waiting.IsCompleted);
                if (commits) await first.CommitAsync(Ct);
                await first.DisposeAsync();
                second = await waiting;
            }

            Assert.Equal(commits ? ["第一次的答复"] : ["新的一次"], second);
        }
    }

    [Fact]
    public async Task TheSameIdOnAnotherChannelIsADifferentMessage()
    {
        using var db = await MigratedAsync();
        var store = new InboundMessageStore(db.Db);
        await CommittedTurnAsync(db, store, "wechat", "X", ["a"], InboundMessageStore.Passive);

        await using var work = await db.Db.BeginAsync(Ct);
        Assert.True((await ClaimAsync(store, work, "sms", "X")).IsNew);
    }

    [Fact]
    public async Task ARowAnOlderVersionLeftProcessingIsGoneAfterMigrationSoItsRetryIsNew()
    {
        using var db = new TempDatabase(StoreEngine.Sqlite); // a file of an earlier version: PostgreSQL starts at its baseline
        await db.Migrator.MigrateAsync(EmbeddedMigrations.Sqlite.Where(m => m.Version <= 10).ToList(), Ct);
        using (var c = db.Open())
            c.Execute("""
                INSERT INTO inbound_messages (channel, provider_message_id, address, kind, received_utc, state, lease_until_utc, reply, reply_via)
                VALUES ('sms', 'SMold', 'addr', 'text', '2026-07-01T08:00:00.0000000Z', 'processing', '2099-01-01T00:00:00.0000000Z', NULL, NULL),
                       ('sms', 'SMdone', 'addr', 'text', '2026-07-01T08:00:00.0000000Z', 'answered', '2099-01-01T00:00:00.0000000Z', '["好"]', 'passive')
                """);
        await db.Migrator.MigrateAsync(Ct);
        var store = new InboundMessageStore(db.Db);

        await using var work = await db.Db.BeginAsync(Ct);
        Assert.True((await ClaimAsync(store, work, "sms", "SMold")).IsNew);
        Assert.Equal(["好"], (await ClaimAsync(store, work, "sms", "SMdone")).Reply);
    }

    private static async Task<TempDatabase> MigratedAsync()
    {
        var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        return db;
    }

    private static Task<InboundClaim> ClaimAsync(InboundMessageStore store, UnitOfWork work, string channel, string id) =>
        store.ClaimAsync(work, channel, id, "addr", "text", "你好", Received, Ct);

    private static async Task CommittedTurnAsync(TempDatabase db, InboundMessageStore store, string channel, string id,
        IReadOnlyList<string> reply, string via)
    {
        await using var work = await db.Db.BeginAsync(Ct);
        Assert.True((await ClaimAsync(store, work, channel, id)).IsNew);
        await store.AnswerAsync(work, channel, id, reply, via, Ct);
        await work.CommitAsync(Ct);
    }

    /// <summary>A delivery of the same id on another connection: the earlier answer, or a new turn's.</summary>
    private static async Task<IReadOnlyList<string>> SecondDeliveryAsync(TempDatabase db, InboundMessageStore store, string id)
    {
        await Task.Yield();
        await using var work = await db.Db.BeginAsync(Ct);
        var claim = await ClaimAsync(store, work, "wechat", id);
        if (!claim.IsNew) return claim.Reply;
        await store.AnswerAsync(work, "wechat", id, ["新的一次"], InboundMessageStore.Passive, Ct);
        await work.CommitAsync(Ct);
        return ["新的一次"];
    }
}
