using Alerts.Broadcast.Outbox;
using Alerts.Broadcast.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Broadcast.Tests.Dispatch;

public sealed class DeliveryStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_claim_takes_the_vulnerable_first_and_never_a_row_another_worker_holds()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        var ordinary = Enumerable.Range(0, 4).Select(i => OutboxSql.AddPerson(c, null, $"+861370000000{i}")).ToList();
        var elderly = Enumerable.Range(0, 2).Select(i => OutboxSql.AddPerson(c, null, $"+861371000000{i}", elderly: true)).ToList();
        OutboxSql.Enqueue(c, OutboxSql.AddWarning(c));
        var store = h.CreateServices().GetRequiredService<DeliveryStore>();

        var first = await store.ClaimAsync("sms", 3, Lease, CancellationToken.None);
        var second = await store.ClaimAsync("sms", 10, Lease, CancellationToken.None);
        var third = await store.ClaimAsync("sms", 10, Lease, CancellationToken.None);

        Assert.Equal([elderly[0], elderly[1], ordinary[0]], first.Rows.Select(r => r.PersonId));
        Assert.Equal(ordinary.Skip(1), second.Rows.Select(r => r.PersonId));
        Assert.Empty(third.Rows);
        Assert.All(first.Rows.Concat(second.Rows), r => Assert.Equal((1, false), (r.Attempts, r.InDoubt)));
        Assert.Equal("+8613710000000", first.Recipients[elderly[0]].Phone);
    }

    [Fact]
    public async Task Receipts_move_a_sent_row_forward_and_never_back()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        var person = OutboxSql.AddPerson(c, null, "+8613720000000");
        var warning = OutboxSql.AddWarning(c);
        OutboxSql.Enqueue(c, warning);
        c.Execute("UPDATE deliveries SET state = 'sent', channel = 'sms', provider_message_id = 'SM1'");
        var store = h.CreateServices().GetRequiredService<DeliveryStore>();

        Assert.False(await store.ApplyReceiptAsync("sms", "SM1", "sent", null, CancellationToken.None));
        Assert.True(await store.ApplyReceiptAsync("sms", "SM1", "delivered", null, CancellationToken.None));
        Assert.False(await store.ApplyReceiptAsync("sms", "SM1", "failed", "30003", CancellationToken.None));
        Assert.False(await store.ApplyReceiptAsync("sms", "SM1", "delivered", null, CancellationToken.None));
        Assert.False(await store.ApplyReceiptAsync("wechat", "SM1", "unreachable", null, CancellationToken.None));
        Assert.False(await store.ApplyReceiptAsync("sms", "SM-unknown", "delivered", null, CancellationToken.None));

        var row = c.QuerySingle<(string State, string? Delivered, long Person)>(
            "SELECT state, delivered_utc, person_id FROM deliveries");
        Assert.Equal(("delivered", person), (row.State, row.Person));
        Assert.NotNull(row.Delivered);
    }

    [Fact]
    public async Task A_failure_receipt_is_kept_and_a_late_delivered_does_not_undo_it()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        OutboxSql.AddPerson(c, "oRECEIPT000000000000000000001", null);
        OutboxSql.Enqueue(c, OutboxSql.AddWarning(c));
        c.Execute("UPDATE deliveries SET state = 'sent', channel = 'wechat', provider_message_id = '1000001'");
        var store = h.CreateServices().GetRequiredService<DeliveryStore>();

        Assert.True(await store.ApplyReceiptAsync("wechat", "1000001", "unreachable", "failed:user block", CancellationToken.None));
        Assert.False(await store.ApplyReceiptAsync("wechat", "1000001", "delivered", null, CancellationToken.None));

        Assert.Equal(("unreachable", "failed:user block"),
            c.QuerySingle<(string, string)>("SELECT state, last_error FROM deliveries"));
    }

    [Fact]
    public async Task Released_rows_go_back_to_the_queue_with_their_attempt_given_back()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        OutboxSql.AddPerson(c, null, "+8613730000000");
        OutboxSql.Enqueue(c, OutboxSql.AddWarning(c));
        var store = h.CreateServices().GetRequiredService<DeliveryStore>();
        var row = (await store.ClaimAsync("sms", 10, Lease, CancellationToken.None)).Rows.Single();

        await store.ReleaseAsync([(row.Id, row.LeaseUntilUtc)], CancellationToken.None);

        Assert.Equal(("pending", 0L), c.QuerySingle<(string, long)>("SELECT state, attempts FROM deliveries"));
        Assert.Single((await store.ClaimAsync("sms", 10, Lease, CancellationToken.None)).Rows);
    }

    [Theory]
    [InlineData(nameof(DeliveryStore.Sqlite.Claim), "ix_deliveries_lane")]
    [InlineData(nameof(DeliveryStore.Sqlite.Renew), "INTEGER PRIMARY KEY")]
    public async Task The_claim_walks_its_lane_in_priority_order_and_the_renewal_goes_by_key(string statement, string path)
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        if (c is not Microsoft.Data.Sqlite.SqliteConnection)
        {
            // PostgreSQL plans by statistics (which index wins on an empty table says nothing), so no hint steers it;
            // with full scans priced out, an index must serve.
            c.Execute("SET enable_seqscan = off");
            var pg = statement == nameof(DeliveryStore.Sqlite.Claim) ? DeliveryStore.Postgres.Claim : DeliveryStore.Postgres.Renew;
            var pgPlan = string.Join("\n", c.Query<string>("EXPLAIN " + pg, new
            {
                Lane = "sms", Now = "x", LeaseUntil = "y", Batch = 10, Ids = new long[] { 1 }, Lease = "l", NewLease = "n",
            }));
            Assert.DoesNotContain("Seq Scan", pgPlan);
            Assert.Contains("Index", pgPlan);
            return;
        }
        var sql = statement == nameof(DeliveryStore.Sqlite.Claim) ? DeliveryStore.Sqlite.Claim : DeliveryStore.Sqlite.Renew;

        var plan = c.Query<(long, long, long, string Detail)>("EXPLAIN QUERY PLAN " + sql,
            new { Lane = "sms", Now = "x", LeaseUntil = "y", Batch = 10, Ids = "[1]", Lease = "l", NewLease = "n" })
            .Select(r => r.Detail).ToList();

        Assert.Contains(plan, d => d.Contains(path, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.Contains("ix_deliveries_due", StringComparison.Ordinal));
    }
}
