using Alerts.Broadcast.Tests.Support;
using Alerts.Broadcast.Warnings;
using Alerts.Store.People;
using Dapper;

namespace Alerts.Broadcast.Tests.Targeting;

public sealed class TargetingTests
{
    // The people a warning to the town for these roles must reach, with the priority each must get.
    private const string Expected = """
        SELECT p.id AS person_id,
               CASE WHEN p.is_elderly = 1 OR p.is_disabled = 1 OR p.lives_alone = 1 OR COALESCE(h.is_lifted_out, 0) = 1
                         OR COALESCE(h.is_monitored, 0) = 1 OR COALESCE(h.has_dibao, 0) = 1 OR COALESCE(h.is_tekun, 0) = 1
                    THEN 0 ELSE 1 END AS priority,
               p.region_code AS village_code
        FROM people p LEFT JOIN households h ON h.id = p.household_id
        WHERE substr(p.region_code, 1, 9) = @Town AND p.role IN ('villager', 'grid_worker')
        ORDER BY p.id
        """;
    private const string Written =
        "SELECT person_id, priority, village_code FROM deliveries WHERE warning_id = @WarningId ORDER BY person_id";

    [Fact]
    public async Task PublishingToATownWritesOneRowPerPersonOfItsAudiencesWithPriorityGroupsFirst()
    {
        using var h = await BroadcastHarness.StartAsync();
        var warning = await h.PublishAsync(Requests.Gale() with { Audiences = ["households", "grid_workers"] });

        var result = await h.Targeter.RunAsync(warning.Id, CancellationToken.None);

        using var c = h.Open();
        var expected = c.Query<(long, long, string)>(Expected, new { Town = Requests.Town }).ToList();
        var written = c.Query<(long, long, string)>(Written, new { WarningId = warning.Id }).ToList();
        Assert.True(expected.Count > 50);
        Assert.Equal(expected, written);
        Assert.Equal(expected.Count, result.Rows);
        Assert.Contains(written, w => w.Item2 == 0);
        Assert.Contains(written, w => w.Item2 == 1);
        Assert.Equal("done", c.ExecuteScalar<string>("SELECT targeting_state FROM warnings WHERE id = @Id", new { warning.Id }));
    }

    [Fact]
    public async Task TargetingAgainAddsNothing()
    {
        using var h = await BroadcastHarness.StartAsync();
        var warning = await h.PublishAsync(Requests.Gale());
        await h.Targeter.RunAsync(warning.Id, CancellationToken.None);
        using var c = h.Open();
        var first = c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries");

        c.Execute("UPDATE warnings SET targeting_state = 'pending', targeting_after = 0 WHERE id = @Id", new { warning.Id });
        var again = await h.Targeter.RunAsync(warning.Id, CancellationToken.None);

        Assert.Equal(0, again.Rows);
        Assert.Equal(first, c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries"));
    }

    [Fact]
    public async Task LargeSelectionsGoInWindowsOfPeopleIdsAndResumeWhereACrashLeftThem()
    {
        using var h = await BroadcastHarness.StartAsync(options: new BroadcastOptions { TargetingBatchSize = 100 });
        var warning = await h.PublishAsync(Requests.Gale("500112"));
        using var c = h.Open();
        var everyone = c.ExecuteScalar<long>("SELECT COUNT(*) FROM people WHERE region_code LIKE '500112%'");
        // A crash after the first 300 ids: their rows are in, the mark says so, the rest is not.
        c.Execute($"""
            INSERT INTO deliveries (warning_id, person_id, priority, village_code, channel, state, next_attempt_utc)
            SELECT @Id, p.id, 1, p.region_code, {ChannelChoice.Sql}, 'pending', '2026-01-01T00:00:00.0000000Z' FROM people p WHERE p.id <= 300
            """, new { warning.Id });
        c.Execute("UPDATE warnings SET targeting_after = 300 WHERE id = @Id", new { warning.Id });

        var result = await h.Targeter.RunAsync(warning.Id, CancellationToken.None);

        Assert.True(result.Batches > 5);
        Assert.Equal(everyone - 300, result.Rows);
        Assert.Equal(everyone, c.ExecuteScalar<long>("SELECT COUNT(DISTINCT person_id) FROM deliveries WHERE warning_id = @Id", new { warning.Id }));
    }

    [Fact]
    public async Task PeopleWithNoChannelAreTargetedAsUnreachable()
    {
        using var h = await BroadcastHarness.StartAsync();
        using var c = h.Open();
        var person = c.ExecuteScalar<long>("SELECT MIN(id) FROM people WHERE region_code LIKE '500112101%' AND role = 'villager'");
        c.Execute("UPDATE people SET wechat_openid = NULL, phone = NULL WHERE id = @Id", new { Id = person });
        var warning = await h.PublishAsync(Requests.Gale());

        await h.Targeter.RunAsync(warning.Id, CancellationToken.None);

        Assert.Equal("unreachable", c.ExecuteScalar<string>("SELECT state FROM deliveries WHERE person_id = @Id", new { Id = person }));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE state NOT IN ('pending', 'unreachable')"));
    }

    [Fact]
    public async Task ThePreviewCountsWhatADirectQueryCountsAndWhatTargetingWrites()
    {
        using var h = await BroadcastHarness.StartAsync();
        var warning = await h.PublishAsync(Requests.Gale(Requests.Town, "500112102003"));

        var preview = await h.Previews.PreviewAsync(warning, CancellationToken.None);
        await h.Targeter.RunAsync(warning.Id, CancellationToken.None);

        using var c = h.Open();
        var direct = c.ExecuteScalar<long>("SELECT COUNT(*) FROM people WHERE region_code LIKE '500112101%' OR region_code LIKE '500112102003%'");
        var sms = c.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM people WHERE (region_code LIKE '500112101%' OR region_code LIKE '500112102003%')
              AND (wechat_openid IS NULL OR wechat_unfollowed_utc IS NOT NULL) AND phone IS NOT NULL AND sms_opted_out = 0
            """);
        Assert.Equal(direct, preview.Total);
        Assert.Equal(sms, preview.ByChannel["sms"]);
        Assert.Equal(direct, c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE warning_id = @Id", new { warning.Id }));
        Assert.Equal(preview.ByChannel.GetValueOrDefault("none"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE state = 'unreachable'"));
        Assert.Equal(preview.Rows.Where(r => r.VillageCode.StartsWith("500112102003")).Sum(r => r.People),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM people WHERE region_code = '500112102003'"));
    }
}
