using System.Data.Common;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 11 (4): the commonest questions got only the menu. A relief question the guidance data and the person's own
/// reports can answer is answered (what they may apply for, who decides, that the county sets amounts) and not
/// forwarded; one they cannot answer reaches the grid worker with its words.
/// </summary>
public sealed class ReliefQuestionTests
{
    [Theory]
    [InlineData("补助啥时候到", "补助要等核实、审批以后才发。")]
    [InlineData("我能领多少钱", "能领多少，由区县按标准核定。")]
    [InlineData("这个是哪个说了算哦", "标准和金额由区县定。")]
    public async Task Issue11_AReliefQuestionTheRulesAnswerIsAnsweredFromMyReportAndNotForwarded(string question, string answer)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var (villager, worker, me) = bot.Villager(ChannelKind.WeChat);
        var number = await new ReportAnswers("今天", "没有", "减产", "没有", "没水", "五千", "有", Living: "有", Schooling: "3")
            .FileAsync(me, "涨水把我家房子冲垮了");

        await me.Send(question).ExpectFirstReply(answer)
            .ExpectReply($"您的报告{number}：等待网格员核实。")
            .ExpectReply("符合条件的可申请重建或危房改造。")
            .ExpectReply($"网格员{worker.Name}，电话{worker.Phone![3..]}")
            .ExpectNoReply("元").ExpectNoReply("请回复数字");

        Assert.DoesNotContain(bot.Notices(), n => n.Reason == "question_forwarded");
    }

    [Fact]
    public async Task Issue11_AQuestionTheRulesCannotAnswerReachesTheGridWorkerWithItsWords()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var (villager, worker, me) = bot.Villager(ChannelKind.Sms);
        await me.Send("你好").Send("同意");

        await me.Send("补助发到哪张卡上嘛").ExpectFirstReply($"已把您的话转给网格员{worker.Name}（{worker.Phone![3..]}）");

        var notice = Assert.Single(bot.Notices());
        Assert.Equal((worker.Id, "question_forwarded"), (notice.PersonId, notice.Reason));
        Assert.Contains("“补助发到哪张卡上嘛”", notice.Text);
        Assert.Contains($"{villager.Name}（", notice.Text);
        Assert.Contains(villager.Phone![3..], notice.Text);
    }

    [Fact]
    public async Task Issue11_AQuestionSentBeforeConsentIsAnsweredOnceEnrolmentEnds()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), ChannelKind.WeChat);

        await me.Send("请问补助啥时候到").ExpectFirstReply("同意吗")
            .Send("同意").ExpectReply("已登记").ExpectReply("补助要等核实、审批以后才发。").ExpectReply("您还没有报告过灾情");
    }

    [Fact]
    public async Task Issue11_人工CarriesWhatThePersonSaid()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = bot.As(villager, ChannelKind.Sms);
        await me.Send("你好").Send("同意");

        await me.Send("帮我转人工").ExpectFirstReply("已通知网格员");

        var notice = Assert.Single(bot.Notices());
        Assert.Equal("callback_requested", notice.Reason);
        Assert.Contains("“帮我转人工”", notice.Text);
    }
}
