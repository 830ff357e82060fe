using Alerts.Bot.Reports;
using Dapper;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// Providers redeliver, people type fast, and a household shares a phone: a redelivered message is answered the
/// same and processed once, two messages at once are both processed one after the other, and two people of one
/// household each get their own report.
/// </summary>
public sealed class RetryAndConcurrencyTests
{
    [Theory]
    [InlineData(Via.WeChat)]
    [InlineData(Via.Sms)]
    public async Task AMessageDeliveredTwiceWithTheSameIdIsAnsweredTheSameAndAdvancesTheDialogOneStep(Via via)
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var me = app.As(Resident.Villager(db), via);
        await me.Send("涨水把我家房子冲垮了").Send("同意").Send("昨天").Send("没有").ExpectReply(ReportQuestions.Crops.Text);

        await me.Send("减产").ExpectFirstReply(ReportQuestions.Livestock.Text);
        var version = StoredConversation.Of(db, me).Version;
        await me.SendAgain().ExpectSameReplyAsFirstDelivery();

        Assert.Equal(version, StoredConversation.Of(db, me).Version);
        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages WHERE provider_message_id = @Id",
            new { Id = me.LastMessageId }));
        // Had the retry run, "减产" would have been the answer to the livestock question and been re-asked.
        await me.Send("没有").ExpectFirstReply(ReportQuestions.Water.Text).ExpectNoReply("请回复");
    }

    [Theory]
    [InlineData(Via.WeChat)]
    [InlineData(Via.Sms)]
    public async Task TwoMessagesOfOnePersonAtOnceAreEachProcessedOnceOneAfterTheOther(Via via)
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = app.As(villager, via);
        await me.Send("涨水把我家房子冲垮了").Send("同意").Send("昨天").Send("没有").ExpectReply(ReportQuestions.Crops.Text);
        var version = StoredConversation.Of(db, me).Version;

        // Two messages, two ids, at the same moment: one answers the crops, the other the livestock question.
        var (first, second) = (app.As(villager, via), app.As(villager, via));
        await Task.WhenAll(first.Send("没有").RunAsync(), second.Send("没有").RunAsync());

        Assert.Equal(version + 2, StoredConversation.Of(db, me).Version);
        var replies = first.Replies.Concat(second.Replies).ToList();
        Assert.Contains(replies, r => r.Contains(ReportQuestions.Livestock.Text, StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains(ReportQuestions.Water.Text, StringComparison.Ordinal));
        await me.Send("正常").ExpectFirstReply(ReportQuestions.IncomeLost.Text)
            .Send("一千").Send("有").Send("3").Send("有"); // loss, food and clothes, school (the house is gone), labour
        if (via == Via.WeChat) await me.Send("跳过");
        await me.ExpectReply("请核对：洪水，房屋倒塌，无人伤亡，庄稼没损失，吃水正常，损失约1000元。对吗？").Send("对");

        Assert.Equal(("none", false), (StoredReport.Single(db).Crops, StoredReport.Single(db).LivestockLost));
    }

    [Fact]
    public async Task TwoPeopleOfOneHouseholdReportingAtOnceEachGetTheirOwnReportAndTheWorkerHearsOfBoth()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var (husband, wife) = Resident.Household(db);
        var worker = Resident.GridWorkerOf(db, husband.RegionCode);
        var (his, hers) = (app.As(husband, Via.WeChat), app.As(wife, Via.Sms));

        await Task.WhenAll(
            Report(his, "涨水把房子冲垮了", "减产", "1000", schooling: "3").RunAsync(),
            Report(hers, "屋头进水了", "绝收", "八千", schooling: null).RunAsync());

        var reports = StoredReport.All(db);
        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Equal(husband.HouseholdId, r.HouseholdId));
        var byReporter = reports.ToDictionary(r => r.ReporterId);
        Assert.Equal(("collapsed", "reduced", 1000), (byReporter[husband.Id].House, byReporter[husband.Id].Crops, byReporter[husband.Id].IncomeLostYuan));
        Assert.Equal(("minor", "total_loss", 8000), (byReporter[wife.Id].House, byReporter[wife.Id].Crops, byReporter[wife.Id].IncomeLostYuan));
        await his.ExpectReply($"编号{byReporter[husband.Id].Number}");
        await hers.ExpectReply($"编号{byReporter[wife.Id].Number}");

        // Both reports joined one incident of their town, whose opening told the duty rosters once (issue 14).
        var all = await StoredNotification.AllSentAsync(app);
        var opening = all.Where(n => n.Reason == "incident_opened").ToList();
        Assert.Equal(opening.Count, opening.Select(n => n.PersonId).Distinct().Count());
        var notices = all.Where(n => n.Reason != "incident_opened").ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal((worker.Id, "report_submitted"), (n.PersonId, n.Reason)));
        Assert.Contains(notices, n => n.Text.Contains($"{husband.Name}（", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Text.Contains($"{wife.Name}（", StringComparison.Ordinal));
        Assert.True(StoredConversation.Of(db, his).IsIdle);
        Assert.True(StoredConversation.Of(db, hers).IsIdle);
    }

    // Both lost a house or a harvest, so food and clothes are asked; school only where the house is gone.
    private static Conversation Report(Conversation c, string first, string crops, string income, string? schooling)
    {
        c.Send(first).ExpectFirstReply("同意吗").Send("同意").ExpectNoReply(ReportQuestions.House.Text);
        new ReportAnswersScript(When: "今天", People: "没有", Crops: crops, Livestock: "没有", Water: "正常", Income: income,
            Labour: "有", Living: "有", Schooling: schooling).AnswerAll(c);
        return c.Send("对").ExpectFirstReply("报告已提交");
    }
}
