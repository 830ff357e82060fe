using Alerts.Store.Inbound;
using Alerts.TestSupport;
using Dapper;

namespace Alerts.Store.Tests.Channels;

public sealed class WeChatSeenPushStoreTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-07-01T08:00:00Z");

    [Fact]
    public async Task ASignedPairIsFirstThenTheSameBodyIsARetryAndAnotherBodyIsRefused()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var store = new Recorder(db);
        var pruneBefore = Now.AddMinutes(-10);

        var first = await store.RecordAsync("1782892800", "486452656", "aa", Now, pruneBefore, Ct);
        var retry = await store.RecordAsync("1782892800", "486452656", "aa", Now.AddSeconds(5), pruneBefore, Ct);
        var forged = await store.RecordAsync("1782892800", "486452656", "bb", Now.AddSeconds(6), pruneBefore, Ct);
        var otherNonce = await store.RecordAsync("1782892800", "1514711492", "bb", Now.AddSeconds(6), pruneBefore, Ct);

        Assert.Equal(PushSighting.First, first);
        Assert.Equal(PushSighting.SameBody, retry);
        Assert.Equal(PushSighting.OtherBody, forged);
        Assert.Equal(PushSighting.First, otherNonce);
    }

    [Fact]
    public async Task PairsSeenBeforeThePruneTimeAreDeletedWhenTheNextIsRecorded()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(Ct);
        var store = new Recorder(db);
        await store.RecordAsync("1782892800", "1", "aa", Now, Now.AddMinutes(-10), Ct);
        await store.RecordAsync("1782893400", "2", "aa", Now.AddMinutes(10), Now.AddMinutes(1), Ct);

        using var c = db.Open();
        Assert.Equal(["2"], c.Query<string>("SELECT nonce FROM wechat_seen_pushes"));
    }

    /// <summary>Each sighting in a transaction of its own, as each push's turn records it.</summary>
    private sealed class Recorder(TempDatabase db)
    {
        private readonly WeChatSeenPushStore _store = new();

        public async Task<PushSighting> RecordAsync(string timestamp, string nonce, string hash, DateTimeOffset seen,
            DateTimeOffset pruneBefore, CancellationToken ct)
        {
            await using var work = await db.Db.BeginAsync(ct);
            var sighting = await _store.RecordAsync(work, timestamp, nonce, hash, seen, pruneBefore, ct);
            await work.CommitAsync(ct);
            return sighting;
        }
    }
}
