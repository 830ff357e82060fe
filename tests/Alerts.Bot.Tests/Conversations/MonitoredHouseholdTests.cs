using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.Cases;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// A 监测户 in the chat: its helper records the weekly visit by replying 走访, and its crisis report raises the 红色预警
/// at once — to the helper, the village's grid workers and the town's roster, never to the public.
/// </summary>
public sealed class MonitoredHouseholdTests
{
    private static readonly ReportAnswers CollapsedNoWater =
        new("今天", "没有", "减产", "没有", "没水", "五千", "有", Living: "有", Schooling: "没得娃儿");
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AMonitoredHouseholdsCrisisRaisesTheRedWarningNotice()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var town = db.Query<long>("SELECT person_id FROM duty_roster WHERE region_code = @Town ORDER BY position",
            new { Town = villager.TownCode }).AsList();
        // The helper is the town's first official on duty: told once although on the roster too.
        var caseId = await EnrolAsync(bot, villager, helper: town[0]);

        var number = await CollapsedNoWater.FileAsync(bot.As(villager, ChannelKind.WeChat), "涨水把我家房子冲垮了");

        var red = bot.Notices().Where(n => n.Reason == "monitoring_red_warning").ToList();
        Assert.Equal([town[0], worker.Id, .. town.Skip(1)], red.Select(n => n.PersonId));
        Assert.All(red, n => Assert.StartsWith("【红色预警】监测户", n.Text));
        Assert.All(red, n => Assert.Contains($"报告{number}：住房不安全、饮水无保障", n.Text));
        Assert.DoesNotContain(red, n => n.PersonId == villager.Id);
        Assert.Equal(0L, db.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM notifications n JOIN people p ON p.id = n.person_id WHERE p.role = 'villager'"));
        // At submission, before any visit: the report is still waiting for its grid worker.
        Assert.Equal("submitted", StoredReport.ByNumber(db, number).Status);
        Assert.True(db.ExecuteScalar<bool>("SELECT red_warning FROM monitoring_cases WHERE id = @Id", new { Id = caseId }));
        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM case_events WHERE case_id = @Id AND kind = 'red_warning'",
            new { Id = caseId }));
    }

    [Fact]
    public async Task AnOrdinaryHouseholdsReportRaisesNoRedWarning()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();

        await CollapsedNoWater.FileAsync(bot.As(Resident.Villager(db), ChannelKind.Sms), "涨水把我家房子冲垮了");

        Assert.DoesNotContain(bot.Notices(), n => n.Reason == "monitoring_red_warning");
    }

    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task AWeeklyCheckInIsRecordedFromTheHelpersReply(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var caseId = await EnrolAsync(bot, villager, helper: worker.Id);
        var helper = await bot.BoundAsync(worker, via);
        bot.Clock.Advance(TimeSpan.FromDays(6));
        var next = BeijingTime.Of(bot.Clock.GetUtcNow() + TimeSpan.FromDays(7));

        await helper.Send("走访").ExpectFirstReply("您负责走访的监测户：").ExpectReply($"案例{caseId} ")
            .Send($"走访 {caseId}").ExpectFirstReply($"请写上走访情况，如：走访 {caseId} ")
            .Send($"走访 {caseId} 房子在修，收入稳定").ExpectFirstReply($"已记录案例{caseId}的走访。下次请在{next.Month}月{next.Day}日前再走访。");

        var visit = db.QuerySingle<(long HelperId, string Notes, string Channel)>(
            "SELECT helper_id, notes, channel FROM case_checkins WHERE case_id = @Id", new { Id = caseId });
        // As the bot reads every message: full-width punctuation normalised.
        Assert.Equal((worker.Id, "房子在修,收入稳定", via.Key()), visit);
        Assert.Equal(bot.Clock.GetUtcNow() + TimeSpan.FromDays(7), db.QuerySingle<DateTimeOffset>(
            "SELECT next_checkin_due_utc FROM monitoring_cases WHERE id = @Id", new { Id = caseId }));
    }

    [Fact]
    public async Task StaffOfAnotherVillageCannotRecordTheVisitAndAVillagersWordIsNoCommand()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var caseId = await EnrolAsync(bot, villager, helper: Resident.GridWorkerOf(db, villager.RegionCode).Id);
        var otherVillage = db.QueryFirst<string>("SELECT region_code FROM people WHERE role = 'grid_worker' AND region_code <> @V",
            new { V = villager.RegionCode });
        var stranger = await bot.BoundAsync(Resident.GridWorkerOf(db, otherVillage), ChannelKind.WeChat);

        await stranger.Send($"走访 {caseId} 看过了").ExpectFirstReply($"没有找到您负责的案例{caseId}")
            .Send("走访").ExpectFirstReply("您目前没有负责走访的监测户。");

        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM case_checkins"));
    }

    /// <summary>The villager's household enrolled as 监测户 by the county, with <paramref name="helper"/> named.</summary>
    private static async Task<long> EnrolAsync(BotHarness bot, Resident villager, long helper)
    {
        var cases = bot.Services.GetRequiredService<CaseStore>();
        var now = bot.Clock.GetUtcNow();
        long id;
        await using (var work = await bot.Services.GetRequiredService<StoreDb>().BeginAsync(Ct))
        {
            id = await cases.InsertAsync(work.Connection, work.Transaction, new CaseStore.NewCase(villager.HouseholdId, villager.RegionCode,
                "grid_visit", "边缘易致贫户", "[\"因灾\"]", false, 5000, "测试", now, "2026-07-25"), now, Ct);
            // The village and the town have done their steps (Monitoring's procedure tests walk them): the county decides.
            await work.Connection.ExecuteAsync("UPDATE monitoring_cases SET stage = 'town_revisited' WHERE id = @Id", new { Id = id },
                work.Transaction);
            await work.CommitAsync(Ct);
        }
        Assert.True(await cases.DecideAsync(id, enrol: true, "account:1", null, now, Ct));
        Assert.True((await bot.Services.GetRequiredService<HelperAssignment>().AssignAsync(id, helper, "account:1", now, Ct)).IsDone);
        return id;
    }
}
