using Alerts.Store.Database;
using Dapper;

using Alerts.Bot.Reports;

namespace Alerts.Host.Tests.Conversations;

/// <summary>What a villager can ask at any time: 进度, 预警, and a person (人工, 救命), by word, number or menu tap.</summary>
public sealed class QueryConversationTests
{
    [Theory]
    [InlineData(Via.WeChat, "进度")]
    [InlineData(Via.Sms, "3")]
    [InlineData(Via.Sms, "查一下我的报告")]
    public async Task 进度ListsMyReportsNewestFirstWithTheirStatus(Via via, string ask)
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = app.As(villager, via);
        var first = await new ReportAnswersScript("今天", "没有", "减产", "没有", "正常", "一千", "有").FileAsync(me, "我家房子被冲垮了");
        await (await app.BoundAsync(Resident.GridWorkerOf(db, villager.RegionCode), Via.Sms)).Send($"确认 {first}");
        await me.Send("山上垮下来了，猪圈埋了");
        await new ReportAnswersScript("今天", "没有", "没有", "没有", "正常", "跳过", "有", House: "没事").AnswerAll(me).Send("对");
        var second = StoredReport.ByReporter(db, villager.Id)[1].Number;
        var today = SelfReportRoundTripTests.ChinaToday(app);

        await me.Send(ask).ExpectFirstReply($"您的报告：\n{second} 滑坡 {today.Month}月{today.Day}日 等待网格员核实\n" +
                                            $"{first} 洪水 {today.Month}月{today.Day}日 已核实");
    }

    [Fact]
    public async Task 预警SaysThereIsNoneAndThenShowsAWarningPublishedForTheTown()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = app.As(villager, Via.Sms);
        await me.Send("你好").Send("同意");

        await me.Send("预警").ExpectFirstReply("您所在的村目前没有生效的预警。");

        var now = app.Clock.GetUtcNow();
        db.Execute("""
            INSERT INTO warnings (id, identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc)
            VALUES (1, 'test-1', 'geological', '滑坡', 'orange', 'warning', '地质灾害橙色预警', '连续降雨，山体松动。',
                    '住在山脚的请马上转移到安置点。', 'households', @From, @To, 'published', @From, @From, @From);
            INSERT INTO warning_areas (warning_id, code_prefix) VALUES (1, @Town);
            """, new { From = UtcText.Format(now.AddHours(-1)), To = UtcText.Format(now.AddHours(6)), Town = villager.TownCode[..9] });

        await me.Send("有预警吗").ExpectFirstReply("【橙色预警】地质灾害橙色预警\n住在山脚的请马上转移到安置点。");

        app.Clock.Advance(TimeSpan.FromHours(7));
        await me.Send("2").ExpectFirstReply("您所在的村目前没有生效的预警。");
    }

    [Theory]
    [InlineData(Via.WeChat, "人工", "callback_requested", "【请回电】")]
    [InlineData(Via.Sms, "4", "callback_requested", "【请回电】")]
    [InlineData(Via.Sms, "联系网格员", "callback_requested", "【请回电】")]
    [InlineData(Via.WeChat, "救命，我们被困在屋头了", "help_requested", "【求助H1】")]
    public async Task AskingForAPersonTellsTheGridWorkerTheCallersNumberAtOnce(Via via, string ask, string reason, string notice)
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var me = app.As(villager, via);
        await me.Send("你好").Send("同意");

        await me.Send(ask).ExpectFirstReply(reason == "help_requested" ? "有危险请马上打电话：110" : $"已通知网格员{worker.Name}（")
            .ExpectReply($"网格员{worker.Name}").ExpectNoReply(worker.Phone!);

        var sent = Assert.Single(await StoredNotification.AllSentAsync(app));
        Assert.Equal((worker.Id, reason, "wechat"), (sent.PersonId, sent.Reason, sent.Channel));
        Assert.StartsWith($"{notice}{villager.Name}", sent.Text.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains(villager.Phone!, sent.Text);
    }

    [Fact]
    public async Task AskingForAPersonMidReportKeepsTheReportAndAsksItsQuestionAgain()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var me = app.As(villager, Via.Sms);
        await me.Send("我家房子被冲垮了").Send("同意").ExpectReply(ReportQuestions.When.Text);

        await me.Send("人工").ExpectFirstReply($"已通知网格员{worker.Name}（").ExpectReply(ReportQuestions.When.Text)
            .Send("今天").ExpectReply(ReportQuestions.People.Text);
    }

    [Fact]
    public async Task TheWeChatMenuTapsTakeTheSamePathAsTheTypedWords()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var me = app.As(Resident.Villager(db), Via.WeChat);
        await me.Send("你好").Send("同意");

        await me.SendEvent("CLICK", "PROGRESS").ExpectFirstReply("您还没有报告过灾情。")
            .SendEvent("CLICK", "WARNINGS").ExpectFirstReply("您所在的村目前没有生效的预警。")
            .SendEvent("CLICK", "REPORT").ExpectFirstReply("遇到了什么灾害？");
    }
}
