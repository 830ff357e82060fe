using System.Data.Common;
using Alerts.Host.Tests.Simulator;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>
/// Issue 5 item 6 through the Host: answers to a warning (收到 / 2), the follow-up list of unanswered priority
/// households for grid workers (叫应), and a grid worker's 险情通报.
/// </summary>
public sealed class WarningRepliesTests
{
    private const string Village = "500112101001";

    [Theory]
    [InlineData("收到", false)]
    [InlineData("1", false)]
    [InlineData("已转移", false)]
    [InlineData("2", true)]
    [InlineData("需要帮助", true)]
    public async Task AReplyToTheLatestWarningIsRecordedAndACallForHelpReachesTheGridWorker(string reply, bool help)
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = ConsentedVillager(c);
        var delivery = SentWarning(c, villager, DateTimeOffset.UtcNow.AddMinutes(-5));

        var replies = await SimulatorClient.RepliesAsync(await SimulatorClient.SendAsync(client, villager, "sms", reply));

        var row = c.QuerySingle<(string? Ack, string? Help)>(
            "SELECT acknowledged_utc, help_requested_utc FROM deliveries WHERE id = @Id", new { Id = delivery });
        Assert.NotNull(row.Ack);
        Assert.Equal(help, row.Help is not null);
        var workerNotices = c.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM notifications n JOIN grid_assignments g ON g.worker_id = n.person_id
            WHERE g.region_code = @Village AND n.reason = 'help_requested'
            """, new { Village });
        Assert.Equal(help ? 1 : 0, workerNotices);
        Assert.Contains(help ? "110" : "收到您的确认", string.Join("", replies));
    }

    [Fact]
    public async Task AnAnsweredOrOldWarningLeavesOneAsTheMenuChoiceItIsOtherwise()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = ConsentedVillager(c);
        var delivery = SentWarning(c, villager, DateTimeOffset.UtcNow.AddDays(-2));

        var replies = await SimulatorClient.RepliesAsync(await SimulatorClient.SendAsync(client, villager, "sms", "1"));

        Assert.Null(c.ExecuteScalar<string?>("SELECT acknowledged_utc FROM deliveries WHERE id = @Id", new { Id = delivery }));
        Assert.Contains("遇到了什么灾害", string.Join("", replies));
    }

    [Fact]
    public async Task UnansweredPriorityHouseholdsOfAnOverdueRedWarningGoToTheirGridWorkerOnce()
    {
        await using var app = new AlertsApp(new Dictionary<string, string?> { ["FollowUp:PollInterval"] = "00:00:01" });
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var people = c.Query<long>("SELECT id FROM people WHERE region_code = @Village AND role = 'villager' ORDER BY id LIMIT 3",
            new { Village }).ToList();
        var warning = InsertWarning(c, "red", DateTimeOffset.UtcNow.AddMinutes(-31));
        InsertDelivery(c, warning, people[0], priority: 0, acknowledged: false);
        InsertDelivery(c, warning, people[1], priority: 0, acknowledged: true);
        InsertDelivery(c, warning, people[2], priority: 1, acknowledged: false);
        var unanswered = c.ExecuteScalar<string>("SELECT name FROM people WHERE id = @Id", new { Id = people[0] })!;
        var answered = c.ExecuteScalar<string>("SELECT name FROM people WHERE id = @Id", new { Id = people[1] })!;

        var notice = await WaitForAsync(() => c.QueryFirstOrDefault<string?>(
            "SELECT text FROM notifications WHERE reason = 'warning_follow_up'"));

        Assert.Contains("红色预警未回复", notice);
        Assert.Contains(unanswered, notice);
        if (unanswered != answered) Assert.DoesNotContain(answered, notice);
        var worker = c.ExecuteScalar<long>("SELECT worker_id FROM grid_assignments WHERE region_code = @Village", new { Village });
        Assert.Equal(worker, c.ExecuteScalar<long>("SELECT person_id FROM notifications WHERE reason = 'warning_follow_up'"));
        await Task.Delay(1500);
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM notifications WHERE reason = 'warning_follow_up'"));
        Assert.NotNull(c.ExecuteScalar<string?>("SELECT followed_up_utc FROM warnings WHERE id = @Id", new { Id = warning }));
    }

    [Fact]
    public async Task AGridWorkersDangerNoticeIsPublishedAtOnceToTheHouseholdsOfTheirGrid()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var worker = c.ExecuteScalar<long>("SELECT worker_id FROM grid_assignments WHERE region_code = @Village", new { Village });
        var (admin, _) = await app.Services.GetRequiredService<AccountStore>()
            .AddAsync("管理员", AccountRoles.Admin, "500112000000", null, CancellationToken.None);
        var code = (await app.Services.GetRequiredService<StaffBinding>().IssueAsync(admin, worker.ToString(), CancellationToken.None)).Code;

        var unbound = await SimulatorClient.RepliesAsync(
            await SimulatorClient.SendAsync(client, worker, "sms", "险情通报 后山出现裂缝，请马上撤离到村委会"));
        Assert.Contains("需要先绑定身份", string.Join("", unbound));
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
        Assert.Contains("绑定成功", string.Join("", await SimulatorClient.RepliesAsync(
            await SimulatorClient.SendAsync(client, worker, "sms", $"绑定 {code}"))));

        var replies = await SimulatorClient.RepliesAsync(
            await SimulatorClient.SendAsync(client, worker, "sms", "险情通报 后山出现裂缝，请马上撤离到村委会"));

        Assert.Contains("险情通报已发出", string.Join("", replies));
        var warning = c.QuerySingle<(long Id, string Kind, string Status, string Level)>(
            "SELECT id, kind, status, level FROM warnings WHERE source = 'grid_worker'");
        Assert.Equal(("danger_notice", "published", "red"), (warning.Kind, warning.Status, warning.Level));
        Assert.Equal([Village], c.Query<string>("SELECT code_prefix FROM warning_areas WHERE warning_id = @Id", new { warning.Id }));
        await WaitForAsync(() => c.ExecuteScalar<string>("SELECT targeting_state FROM warnings WHERE id = @Id", new { warning.Id }) == "done" ? "done" : null);
        var villagers = c.ExecuteScalar<long>("SELECT COUNT(*) FROM people WHERE region_code = @Village AND role = 'villager'", new { Village });
        Assert.Equal(villagers, c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE warning_id = @Id", new { warning.Id }));
    }

    private static long ConsentedVillager(DbConnection c)
    {
        var id = c.ExecuteScalar<long>("SELECT id FROM people WHERE region_code = @Village AND role = 'villager' AND phone IS NOT NULL ORDER BY id LIMIT 1", new { Village });
        c.Execute("UPDATE people SET consented_utc = '2026-01-01T00:00:00.0000000Z' WHERE id = @Id", new { Id = id });
        return id;
    }

    private static long SentWarning(DbConnection c, long person, DateTimeOffset sent)
    {
        var warning = InsertWarning(c, "orange", sent.AddMinutes(-1));
        return InsertDelivery(c, warning, person, 0, false, sent);
    }

    private static long InsertWarning(DbConnection c, string level, DateTimeOffset published)
    {
        var id = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc, targeting_state)
            VALUES (@Identifier, 'weather', '暴雨', @Level, 'warning', '暴雨预警', '强降雨', '往高处转移', 'households',
                    @Published, @Expires, 'published', @Published, @Published, @Published, 'done')
            RETURNING id
            """, new { Identifier = Guid.NewGuid().ToString(), Level = level, Published = published, Expires = published.AddDays(1) });
        c.Execute("INSERT INTO warning_areas (warning_id, code_prefix) VALUES (@Id, @Village)", new { Id = id, Village });
        return id;
    }

    private static long InsertDelivery(DbConnection c, long warning, long person, int priority, bool acknowledged,
        DateTimeOffset? sent = null) =>
        c.ExecuteScalar<long>("""
            INSERT INTO deliveries (warning_id, person_id, priority, village_code, state, channel, next_attempt_utc, sent_utc,
                                    acknowledged_utc)
            VALUES (@Warning, @Person, @Priority, @Village, 'sent', 'sms', @Sent, @Sent, @Ack)
            RETURNING id
            """, new
        {
            Warning = warning, Person = person, Priority = priority, Village, Sent = sent ?? DateTimeOffset.UtcNow.AddMinutes(-30),
            Ack = acknowledged ? DateTimeOffset.UtcNow : (DateTimeOffset?)null,
        });

    private static async Task<string> WaitForAsync(Func<string?> probe)
    {
        for (var i = 0; i < 100; i++)
        {
            if (probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("condition not met within 10 s");
    }
}
