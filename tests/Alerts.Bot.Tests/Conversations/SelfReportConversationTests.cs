using System.Data.Common;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// A villager the village registered, who has never used the bot, reports what happened from the first words to
/// the report number and guidance; then the stored report, the grid worker's notice and the conversation are checked.
/// </summary>
public sealed class SelfReportConversationTests
{
    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task AVillagerWhoNeverUsedTheBotGoesFromHerFirstWordsToAFiledReportWithGuidance(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var (villager, worker, me) = bot.Villager(via);

        await me.Send("涨水把我家房子冲垮了")
            .ExpectFirstReply("同意吗")
            .Send("同意")
            .ExpectReply($"谢谢{villager.Name}，已登记")
            .ExpectReply("您刚才说的情况，我们接着登记报告。")
            .DoesNotAsk(ReportQuestions.Hazard)
            .DoesNotAsk(ReportQuestions.House);
        await new ReportAnswers(When: "昨天", People: "没有", Crops: "减产", Livestock: "嗯", Water: "没水",
                Income: "两千块", Labour: "有", Living: "吃的还有，穿的没得了", Schooling: "不晓得").AnswerAll(me)
            .ExpectReply("洪水，房屋倒塌，无人伤亡，庄稼减产，没有水吃，牲畜有损失，损失约2000元。对吗？")
            .Send("对")
            .ExpectFirstReply("报告已提交，编号100001。")
            .ExpectReply("房子危险，不要进去住。")
            .ExpectReply($"网格员{worker.Name}");

        var report = StoredReport.Single(db);
        Assert.Equal(new StoredReport
        {
            Id = 1, Number = "100001", VillageCode = villager.RegionCode, HouseholdId = villager.HouseholdId, ReporterId = villager.Id,
            ForNeighbour = false, Hazard = "flood", OccurredOn = ChinaToday(bot).AddDays(-1).ToString("yyyy-MM-dd"),
            Deaths = 0, Injured = 0, House = "collapsed", Crops = "reduced", LivestockLost = true, Water = "none",
            IncomeLostYuan = 2000, ExtraMedicalYuan = null, HasLabour = true, FoodOk = true, ClothingOk = false, SchoolingOk = null,
            UnknownFields = "schooling", FreeText = "涨水把我家房子冲垮了", Status = "submitted",
        }, report);
        Assert.NotNull(db.ExecuteScalar<string?>("SELECT consented_utc FROM people WHERE id = @Id", new { villager.Id }));

        var notice = Assert.Single(bot.Notices());
        Assert.Equal((worker.Id, "report_submitted"), (notice.PersonId, notice.Reason));
        // Issue 11: the worker is verified, so the notice names the household, its address and the reporter's phone.
        Assert.StartsWith($"【待核实 100001】{villager.Name}（", notice.Text);
        Assert.Contains($"电话{villager.Phone![3..]}）报告：洪水，房屋倒塌", notice.Text);
        Assert.Contains(db.ExecuteScalar<string>("SELECT address FROM households WHERE id = @HouseholdId", new { villager.HouseholdId })!, notice.Text);
        Assert.Contains("回复“确认 100001”", notice.Text);
    }

    public static TheoryData<ChannelKind, ReportAnswers, ExpectedAnswers> AnswerVariants => new()
    {
        // Numbers and choices in every script people type them in; money the way it is said. The house is gone, so
        // food and clothes and the children's school are asked too, in the words people answer them with.
        { ChannelKind.Sms, new("２", "一", "三", "没有", "4", "一万五", "不是", Living: "没得", Schooling: "2"),
            new(1, 0, "total_loss", false, "polluted", 15000, false, FoodOk: false, ClothingOk: false, SchoolingOk: false) },
        { ChannelKind.WeChat, new("今天", "没人", "绝收", "没有", "正常", "5000元", "可以", Living: "有", Schooling: "没得娃儿"),
            new(0, 0, "total_loss", false, "normal", 5000, true, FoodOk: true, ClothingOk: true) },
        { ChannelKind.Sms, new("①", "没有", "没种", "否", "水不够", "跳过", "好", Living: "不晓得", Schooling: "能"),
            new(0, 0, "none", false, "short", null, true, SchoolingOk: true) },
        { ChannelKind.WeChat, new("二", "没有", "一半", "是", "停水", "没有", "不行", Living: "吃的有，被子冲走了", Schooling: "不知道"),
            new(1, 0, "reduced", true, "none", 0, false, FoodOk: true, ClothingOk: false) },
        // Issue 4: "前天" is two days ago, not "前几天"; "更早" counts four.
        { ChannelKind.Sms, new("前天", "没有", "减产", "没有", "正常", "跳过", "有", Living: "3", Schooling: "3"),
            new(2, 0, "reduced", false, "normal", null, true, FoodOk: true, ClothingOk: false) },
        { ChannelKind.WeChat, new("前几天", "没有", "减产", "没有", "正常", "跳过", "有", Living: "都有", Schooling: "在上"),
            new(4, 0, "reduced", false, "normal", null, true, FoodOk: true, ClothingOk: true, SchoolingOk: true) },
        // An injury: how many, what it costs, and whether they can see a doctor at all.
        { ChannelKind.Sms, new("昨天", "有人受伤", "减产", "不", "脏了", "三千", "有", Count: "两个", Medical: "八百", MedicalCare: "看不起",
                Living: "有", Schooling: "3"),
            new(1, 2, "reduced", false, "polluted", 3000, true, Medical: 800, FoodOk: true, ClothingOk: true, MedicalCareOk: false) },
        { ChannelKind.WeChat, new("1", "2", "1", "2", "1", "0", "1", Count: "1", Medical: "不清楚", MedicalCare: "1", Living: "1", Schooling: "1"),
            new(0, 1, "none", false, "normal", 0, true, Medical: null, FoodOk: true, ClothingOk: true, SchoolingOk: true, MedicalCareOk: true) },
    };

    [Theory]
    [MemberData(nameof(AnswerVariants))]
    public async Task AnswersInTheWordsPeopleUseAreStoredAsTheReportsFields(ChannelKind via, ReportAnswers answers, ExpectedAnswers expected)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), via);

        await me.Send("涨水把我家房子冲垮了").ExpectFirstReply("同意吗").Send("是的");
        await answers.AnswerAll(me).Send("对").ExpectFirstReply("报告已提交，编号100001。");

        var report = StoredReport.Single(db);
        Assert.Equal(("flood", "collapsed", 0), (report.Hazard, report.House, report.Deaths));
        Assert.Equal(expected, ExpectedAnswers.Of(report, ChinaToday(bot)));
    }

    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task AFirstMessageThatSaysHazardInjuryAndWaterSkipsThoseQuestions(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), via);

        await me.Send("山洪冲了屋头，娃儿他爸受伤了，没水喝了").ExpectFirstReply("同意吗")
            .Send("可以")
            .ExpectReply("您刚才说的情况，我们接着登记报告。")
            .DoesNotAsk(ReportQuestions.Hazard)
            .Asks(ReportQuestions.When).Send("今天")
            .DoesNotAsk(ReportQuestions.People)
            .Asks(ReportQuestions.House).Send("漏雨")
            .Asks(ReportQuestions.Crops).Send("没有")
            .Asks(ReportQuestions.Livestock).Send("没有")
            .DoesNotAsk(ReportQuestions.Water)
            .Asks(ReportQuestions.IncomeLost).Send("一千")
            .Asks(ReportQuestions.Medical).Send("五百块")
            .Asks(ReportQuestions.MedicalCare).Send("看得上") // someone is hurt: seeing a doctor is asked
            .DoesNotAsk(ReportQuestions.Living).DoesNotAsk(ReportQuestions.Schooling) // the house stands, the harvest too
            .Asks(ReportQuestions.Labour).Send("有");
        if (via == ChannelKind.WeChat) await me.ExpectReply(ReportQuestions.Extras).Send("跳过");
        await me.ExpectReply("请核对：山洪，房屋轻微损坏，1人受伤，庄稼没损失，没有水吃，损失约1000元。对吗？")
            .Send("嗯").ExpectFirstReply("报告已提交，编号100001。");

        var report = StoredReport.Single(db);
        Assert.Equal(("flash_flood", 0, 1, "minor", "none", 1000, 500),
            (report.Hazard, report.Deaths, report.Injured, report.House, report.Water, report.IncomeLostYuan, report.ExtraMedicalYuan));
        // Kept as the bot read it: punctuation normalised (full-width commas become ASCII ones).
        Assert.Equal("山洪冲了屋头,娃儿他爸受伤了,没水喝了", report.FreeText);
    }

    internal static DateOnly ChinaToday(BotHarness bot) =>
        DateOnly.FromDateTime(bot.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
