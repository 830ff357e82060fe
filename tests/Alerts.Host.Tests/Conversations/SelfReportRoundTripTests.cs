using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// The channel round trip of a whole report (the dialog itself is tested in Alerts.Bot.Tests): a villager's messages
/// through each real webhook, the report number and guidance back in the channel's own reply shape, and the grid
/// worker's notice out through the notification worker to WeChat.
/// </summary>
public sealed class SelfReportRoundTripTests
{
    [Theory]
    [InlineData(Via.WeChat)]
    [InlineData(Via.Sms)]
    public async Task AReportFiledThroughEachWebhookIsAnsweredThereAndItsNoticeReachesTheGridWorker(Via via)
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var me = app.As(villager, via);

        var number = await new ReportAnswersScript(When: "昨天", People: "没有", Crops: "减产", Livestock: "嗯", Water: "没水",
            Income: "两千块", Labour: "有", Living: "有", Schooling: "没得娃儿").FileAsync(me, "涨水把我家房子冲垮了");

        Assert.Equal("100001", number);
        await me.ExpectReply("房子危险，不要进去住。").ExpectReply($"网格员{worker.Name}");
        Assert.Equal(("flood", "collapsed", villager.Id), (StoredReport.Single(db).Hazard, StoredReport.Single(db).House, StoredReport.Single(db).ReporterId));
        Assert.True(StoredConversation.Of(db, me).IsIdle);
        // The report also opened its town's incident, which told the duty rosters (issue 14): the grid worker's notice is apart.
        var notice = Assert.Single(await StoredNotification.AllSentAsync(app), n => !n.Reason.StartsWith("incident", StringComparison.Ordinal));
        Assert.Equal((worker.Id, "report_submitted", "wechat"), (notice.PersonId, notice.Reason, notice.Channel));
        Assert.Contains(app.WeChat.Messages.Deliveries, d => d.OpenId == worker.Openid && WeChatCustomText.Of(d.Body) == notice.Text);
    }

    [Fact]
    public async Task TheGridWorkersConfirmationOverSmsReachesTheReporterOnWeChat()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var number = await new ReportAnswersScript("今天", "没有", "减产", "没有", "没水", "五千", "有", Living: "有", Schooling: "3")
            .FileAsync(app.As(villager, Via.WeChat), "涨水把我家房子冲垮了");

        await (await app.BoundAsync(Resident.GridWorkerOf(db, villager.RegionCode), Via.Sms))
            .Send($"确认 {number}").ExpectFirstReply($"已确认报告{number}。");

        var outcome = Assert.Single(await StoredNotification.AllSentAsync(app), n => n.PersonId == villager.Id);
        Assert.Equal(("report_confirmed", "wechat"), (outcome.Reason, outcome.Channel));
        Assert.Contains(app.WeChat.Messages.Deliveries, d => d.OpenId == villager.Openid && WeChatCustomText.Of(d.Body) == outcome.Text);
    }
}
