using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.TestSupport;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Store.Tests.Queries;

public sealed class TimeFormatTests
{
    [Fact]
    public async Task EveryTimeWrittenThroughDapperIsUtcIsoTextThatSortsAsTime()
    {
        using var db = new TempDatabase();
        await db.Migrator.MigrateAsync(CancellationToken.None);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-07-01T08:00:00+08:00"));
        var audit = new AuditStore(db.Db, clock);
        using var c = db.Open();
        using (var tx = c.BeginTransaction())
        {
            await audit.AppendAsync(c, tx, "test", "a", "s", null, CancellationToken.None);
            tx.Commit();
        }

        var stored = c.ExecuteScalar<string>("SELECT at_utc FROM audit_log");
        var nullable = c.ExecuteScalar<string>("SELECT @At", new { At = (DateTimeOffset?)clock.GetUtcNow() });

        Assert.Equal("2026-07-01T00:00:00.0000000Z", stored);
        Assert.Equal(stored, nullable);
        Assert.Equal(clock.GetUtcNow(), (await audit.ForSubjectAsync("s", CancellationToken.None))[0].AtUtc);
        Assert.Equal(UtcText.Format(clock.GetUtcNow()), stored);
    }
}
