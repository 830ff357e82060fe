using System.Data.Common;
using Alerts.Bot.Queries;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// A report left half-filled: after Bot:IdleTimeout it expires and is offered back, "继续" picks it up at the same
/// question; 取消 drops it, 重新开始 starts over, 菜单 sets it aside until "继续".
/// </summary>
public sealed class ExpiryCancelResumeTests
{
    private const string Expired = "上次的报告还没填完。回复“继续”接着填";

    private static readonly Dictionary<string, string?> OneMinuteIdle = new() { ["Bot:IdleTimeout"] = "00:01:00" };

    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task AHalfFilledReportExpiresTheNextMessageStartsFreshAnd继续ResumesAtTheSameQuestion(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync(OneMinuteIdle);
        using var db = bot.OpenDatabase();
        var me = await ReportUpToCropsAsync(bot, via);

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        await me.Send("在吗").ExpectFirstReply(Expired).ExpectReply(PersonQueries.VillagerMenu).ExpectNoReply(ReportQuestions.Crops.Text);
        Assert.Equal("[]", bot.ConversationOf(me).Stack);
        Assert.Contains("\"report\"", bot.ConversationOf(me).Suspended);

        await me.Send("继续").ExpectFirstReply("好的，接着填。").ExpectReply(ReportQuestions.Crops.Text)
            .Send("减产").ExpectReply(ReportQuestions.Livestock.Text);
        await FinishAsync(me);

        var report = StoredReport.Single(db);
        Assert.Equal(("flood", "collapsed", 0, "reduced"), (report.Hazard, report.House, report.Injured, report.Crops));
        Assert.Equal(SelfReportConversationTests.ChinaToday(bot).AddDays(-1).ToString("yyyy-MM-dd"), report.OccurredOn);
        Assert.True(bot.IsIdle(me));
    }

    [Fact]
    public async Task AReportIdleForLessThanTheTimeoutCarriesOnWithoutAWord()
    {
        await using var bot = await BotHarness.StartAsync(OneMinuteIdle);
        var me = await ReportUpToCropsAsync(bot, ChannelKind.Sms);

        bot.Clock.Advance(TimeSpan.FromSeconds(50));
        await me.Send("绝收").ExpectFirstReply(ReportQuestions.Livestock.Text).ExpectNoReply(Expired);
    }

    [Theory]
    [InlineData(ChannelKind.WeChat, "取消")]
    [InlineData(ChannelKind.Sms, "退出")]
    public async Task CancellingMidReportSetsItAsideAnd继续WithinTheWindowBringsItBack(ChannelKind via, string cancel)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = await ReportUpToCropsAsync(bot, via);

        await me.Send(cancel).ExpectFirstReply("已取消。").ExpectReply("回复“继续”可以接着填")
            .Then(() => Assert.Equal("[]", bot.ConversationOf(me).Stack))
            .Send("继续").ExpectFirstReply("好的，接着填。").Asks(ReportQuestions.Crops)
            .Send("减产").Asks(ReportQuestions.Livestock);
        await FinishAsync(me);

        Assert.Equal(("flood", "reduced"), (StoredReport.Single(db).Hazard, StoredReport.Single(db).Crops));
    }

    [Fact]
    public async Task AReportCancelledLongerAgoThanTheResumeWindowIsGoneAnd继续OnlyShowsTheMenu()
    {
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Bot:ResumeWindow"] = "01:00:00" });
        using var db = bot.OpenDatabase();
        var me = await ReportUpToCropsAsync(bot, ChannelKind.Sms);

        await me.Send("取消").ExpectFirstReply("已取消。")
            .Then(() => bot.Clock.Advance(TimeSpan.FromMinutes(61)))
            .Send("继续").ExpectReply(PersonQueries.VillagerMenu).DoesNotAsk(ReportQuestions.Crops);

        Assert.True(bot.IsIdle(me));
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM reports"));
    }

    [Fact]
    public async Task 重新开始MidReportDropsItAndStartsOver()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = await ReportUpToCropsAsync(bot, ChannelKind.WeChat);

        await me.Send("重新开始").ExpectFirstReply("好的，重新开始。").ExpectReply(PersonQueries.VillagerMenu)
            .Send("继续").ExpectNoReply(ReportQuestions.Crops.Text)
            .Send("1").ExpectFirstReply(ReportQuestions.Hazard.Text);

        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM reports"));
    }

    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task 菜单MidReportSetsItAsideAnd继续PicksItUpAgain(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = await ReportUpToCropsAsync(bot, via);

        await me.Send("菜单").ExpectFirstReply(PersonQueries.VillagerMenu).ExpectReply("没填完的报告，回复“继续”可以接着填。")
            .Send("继续").ExpectReply(ReportQuestions.Crops.Text)
            .Send("没有").ExpectReply(ReportQuestions.Livestock.Text);
        await FinishAsync(me);

        Assert.Equal("none", StoredReport.Single(db).Crops);
    }

    /// <summary>A villager consents and starts a report, answers when and who, and is asked about the crops.</summary>
    private static async Task<Chat> ReportUpToCropsAsync(BotHarness bot, ChannelKind via)
    {
        Resident villager;
        using (var db = bot.OpenDatabase()) villager = Resident.Villager(db);
        var me = bot.As(villager, via);
        await me.Send("涨水把我家房子冲垮了").Send("同意").ExpectReply(ReportQuestions.When.Text)
            .Send("昨天").ExpectReply(ReportQuestions.People.Text)
            .Send("没有").ExpectReply(ReportQuestions.Crops.Text);
        return me;
    }

    /// <summary>From the livestock question to the filed report (the house is gone: food and clothes, school).</summary>
    private static async Task FinishAsync(Chat me)
    {
        await me.Send("没有").ExpectReply(ReportQuestions.Water.Text)
            .Send("正常").ExpectReply(ReportQuestions.IncomeLost.Text)
            .Send("跳过").ExpectReply(ReportQuestions.Living.Text)
            .Send("有").ExpectReply(ReportQuestions.Schooling.Text)
            .Send("3").ExpectReply(ReportQuestions.Labour.Text)
            .Send("有");
        if (me.Channel == ChannelKind.WeChat) await me.ExpectReply(ReportQuestions.Extras).Send("跳过");
        await me.ExpectReply("请核对：").Send("对").ExpectFirstReply("报告已提交，编号100001。");
    }
}
