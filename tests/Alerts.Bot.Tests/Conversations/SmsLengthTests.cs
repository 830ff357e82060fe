using System.Data.Common;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Guidance;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 11 (5): short enough for a feature phone. The final guidance on SMS was 6–8 segments; now it fits three,
/// most urgent lines first, with "回复“指引”看更多" for the rest; the privacy notice fits one segment.
/// </summary>
public sealed class SmsLengthTests
{
    [Fact]
    public async Task Issue11_TheAnswerToAFiledReportFitsThreeSegmentsAnd指引SendsTheRest()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var (villager, worker, me) = bot.Villager(ChannelKind.Sms);
        await new ReportAnswers("今天", "有人受伤", "绝收", "是", "脏了", "三千", "不行", Count: "一个", Medical: "两千",
                MedicalCare: "看得上", Living: "有", Schooling: "没得娃儿")
            .FileAsync(me, "涨水把我家房子冲垮了");

        string short_ = "";
        await me.ExpectReplies(r => short_ = Assert.Single(r))
            .ExpectFirstReply("报告已提交，编号100001。\n有人受伤，马上打120。")
            .ExpectFirstReply("房子危险，不要进去住。")
            .ExpectFirstReply(worker.Phone![3..])
            .ExpectFirstReply(SmsGuidance.More);
        Assert.True(short_.Length <= 3 * 67, $"{short_.Length} units: {short_}");
        Assert.True(SmsBudget.Fits(short_, 3));

        await me.Send("指引").ExpectNoReply("有人受伤，马上打120。").ExpectReply("生活有困难的，可以申请临时救助。")
            .ExpectReplies(r => Assert.All(r, text => Assert.True(SmsBudget.FitsTwoSegments(text), text)));
    }

    [Fact]
    public async Task Issue11_OnWeChatTheGuidanceIsSentWhole()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), ChannelKind.WeChat);
        await new ReportAnswers("今天", "没有", "减产", "没有", "正常", "一千", "有", Living: "有", Schooling: "3")
            .FileAsync(me, "涨水把我家房子冲垮了");

        await me.ExpectFirstReply("报告已提交，编号100001。").ExpectReply("【先保平安】").ExpectReply("【可以申请的帮助】")
            .ExpectNoReply(SmsGuidance.More);
    }

    [Fact]
    public async Task Issue11_ThePrivacyNoticeOnSmsIsOneSegmentAnd隐私SendsItInFull()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), ChannelKind.Sms);

        await me.Send("你好").ExpectReplies(r => Assert.True(SmsBudget.Fits(Assert.Single(r), 1), r[0]))
            .ExpectFirstReply("回复“隐私”看全文").ExpectFirstReply("同意吗")
            .Send("隐私").ExpectFirstReply(EnrolmentTexts.Privacy).ExpectReply(EnrolmentTexts.PrivacySms)
            .Send("同意").ExpectReply("已登记");
    }
}
