using System.Data.Common;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 11 end to end: a villager of Yubei answers in Chongqing words; what the first message said is not asked
/// again (the day included), nothing is invented from it, three answers the bot does not follow keep the draft, and
/// a sum said as a range is stored as said.
/// </summary>
public sealed class VillagerWordsConversationTests
{
    [Fact]
    public async Task Issue11_AReportInTheVillagersOwnWordsIsFiledAsSaidAndThreeMissesKeepTheDraft()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = bot.As(villager, ChannelKind.Sms);

        await me.Send("昨晚上涨水，灶屋那面墙垮了，人没得事")
            .ExpectFirstReply("同意吗")
            .Send("要得")
            .ExpectReply("您刚才说的情况，我们接着登记报告。")
            .ExpectNoReply(ReportQuestions.When.Text)
            .ExpectNoReply(ReportQuestions.People.Text)
            .ExpectNoReply(ReportQuestions.House.Text)
            .ExpectReply(ReportQuestions.Crops.Text)
            .Send("你说啥子").ExpectReply(ReportQuestions.Crops.RetryHint!)
            .Send("你说啥子").ExpectReply(ReportQuestions.Crops.RetryHint!)
            .Send("你说啥子").ExpectReply("回复“人工”")
            .Send("莫得").ExpectReply(ReportQuestions.Livestock.Text)
            .Send("鸡没得事").ExpectReply(ReportQuestions.Water.Text)
            .Send("水还有").ExpectReply(ReportQuestions.IncomeLost.Text)
            .Send("两三千").ExpectReply(ReportQuestions.Labour.Text)
            .Send("对头").ExpectReply("房屋一部分垮了").ExpectReply("损失2000到3000元")
            .Send("对").ExpectFirstReply("报告已提交");

        var report = StoredReport.Single(db);
        Assert.Equal(("flood", SelfReportConversationTests.ChinaToday(bot).AddDays(-1).ToString("yyyy-MM-dd")), (report.Hazard, report.OccurredOn));
        Assert.Equal(("partial", 0, 0, "none", false, "normal"), (report.House, report.Deaths, report.Injured, report.Crops, report.LivestockLost, report.Water));
        Assert.Equal((2000, 3000), db.QuerySingle<(int, int)>("SELECT income_lost_yuan, income_lost_max_yuan FROM reports"));
    }
}
