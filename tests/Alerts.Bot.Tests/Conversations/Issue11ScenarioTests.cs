using System.Data.Common;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Alerts.Store.Seeding;
using Dapper;
using Xunit.Abstractions;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 11's "done when" conversations, counted in messages the person sends from the first one.
/// </summary>
public sealed class Issue11ScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Issue11_AManWhoSaysItAllInOneLongMessageIsAskedOnlyWhatHeDidNotSay()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var man = Resident.Villager(db, nth: 3);
        var me = bot.As(man, ChannelKind.Sms);

        await me.Send("昨天下午后山滑坡了，把猪圈埋了，死了两头猪，我儿子腿被石头砸伤了，房子也裂了好几道口子")
            .ExpectFirstReply("同意吗").Send("同意").ExpectReply("您刚才说的情况，我们接着登记报告。")
            .DoesNotAsk(ReportQuestions.Hazard).DoesNotAsk(ReportQuestions.When).DoesNotAsk(ReportQuestions.People)
            .DoesNotAsk(ReportQuestions.Livestock).DoesNotAsk(ReportQuestions.House);
        await AnswerWhatIsAskedAsync(me, new Dictionary<string, string>
        {
            [ReportQuestions.Crops.Text] = "没有", [ReportQuestions.Water.Text] = "正常",
            [ReportQuestions.IncomeLost.Text] = "三千", [ReportQuestions.Medical.Text] = "两千", [ReportQuestions.Labour.Text] = "有",
            [ReportQuestions.MedicalCare.Text] = "能看",
        });
        await me.ExpectReply("请核对：滑坡").Send("对").ExpectFirstReply("报告已提交，编号100001。");

        var report = StoredReport.Single(db);
        Assert.Equal(("landslide", 1, true, 2000), (report.Hazard, report.Injured, report.LivestockLost, report.ExtraMedicalYuan ?? 0));
        Assert.Equal(SelfReportConversationTests.ChinaToday(bot).AddDays(-1).ToString("yyyy-MM-dd"), report.OccurredOn);
        Assert.Equal(2, report.LivestockCount);
        // Consent, the six things the message did not say (crops, water, loss, medical costs, seeing a doctor (issue 13:
        // someone is hurt), labour), then 对.
        output.WriteLine($"{me.MessagesSent} messages:\n{me.Transcript()}");
        // Issue 11 counted 8; issue 13 legitimately adds one question (基本医疗, as someone is hurt).
        Assert.True(me.MessagesSent <= 9, $"{me.MessagesSent} messages:\n{me.Transcript()}");
        Assert.Equal(true, report.MedicalCareOk);
    }

    [Fact]
    public Task Issue11_AnElderlyWomanLivingAloneTextingFromAnUnregisteredNumberGetsHerReportNumberWithin12Messages() =>
        ElderlyWomanReportsAsync(nobodyHurt: "没有", none: "没有", dontKnow: "不知道", yes: "对");

    // The same woman answering the report's questions in Chongqing dialect: "人没得事" (nobody hurt), "没得" (none),
    // "不晓得" (the amount is unknown, recorded so and not guessed) and "对头".
    [Fact]
    public Task Issue11_TheSameWomanAnsweringInDialectGetsHerReportNumberWithin12Messages() =>
        ElderlyWomanReportsAsync(nobodyHurt: "人没得事", none: "没得", dontKnow: "不晓得", yes: "对头");

    private async Task ElderlyWomanReportsAsync(string nobodyHurt, string none, string dontKnow, string yes)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        const string phone = "+8619912340001";
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM people WHERE phone = @phone", new { phone }));
        var town = DemoCounty.TownList[1];
        var village = DemoCounty.Villages.First(v => v.ParentCode == town.Code);
        var me = bot.OnSms(phone);

        await me.Send("昨晚上落大雨，我屋后头的墙垮了一半，我一个人住，七十多了")
            .ExpectReplies(r => Assert.True(r[0].Length <= 70, r[0])).ExpectFirstReply("同意吗")
            .Send("要得").Asks(new() { Text = EnrolmentTexts.AskTown })
            .Send($"{town.Name}{village.Name}的").DoesNotAsk(new() { Text = EnrolmentTexts.AskVillage }).ExpectReply(EnrolmentTexts.AskName)
            .Send("李秀英").DoesNotAsk(new() { Text = EnrolmentTexts.AskFlags }).ExpectReply("登记好了，李秀英")
            .DoesNotAsk(ReportQuestions.Hazard).DoesNotAsk(ReportQuestions.When);
        await AnswerWhatIsAskedAsync(me, new Dictionary<string, string>
        {
            [ReportQuestions.People.Text] = nobodyHurt, [ReportQuestions.House.Text] = "严重", [ReportQuestions.Crops.Text] = none,
            [ReportQuestions.Livestock.Text] = none, [ReportQuestions.Water.Text] = "正常", [ReportQuestions.IncomeLost.Text] = dontKnow,
            [ReportQuestions.Labour.Text] = none,
        });
        await me.ExpectReply("请核对：暴雨").Send(yes).ExpectFirstReply("报告已提交，编号100001。");

        output.WriteLine($"{me.MessagesSent} messages:\n{me.Transcript()}");
        Assert.True(me.MessagesSent <= 12, $"{me.MessagesSent} messages:\n{me.Transcript()}");
        var person = db.QuerySingle<(string Region, bool Elderly, bool Alone)>(
            "SELECT region_code, is_elderly, lives_alone FROM people WHERE phone = @phone", new { phone });
        Assert.Equal((village.Code, true, true), person);
        var report = StoredReport.Single(db);
        // Half a wall down is partial damage, never a collapse, and her first message already said so.
        Assert.Equal(("rainstorm", false, "partial"), (report.Hazard, report.HasLabour ?? true, report.House));
        Assert.Equal(SelfReportConversationTests.ChinaToday(bot).AddDays(-1).ToString("yyyy-MM-dd"), report.OccurredOn);
    }

    /// <summary>Answers each question asked with its answer from <paramref name="answers"/>, until the summary.</summary>
    private static async Task AnswerWhatIsAskedAsync(Chat me, IReadOnlyDictionary<string, string> answers)
    {
        for (var i = 0; i < answers.Count + 1; i++)
        {
            await me;
            var last = me.Replies[^1];
            if (last.Contains("请核对：", StringComparison.Ordinal)) return;
            var question = answers.Keys.FirstOrDefault(q => last.Contains(q, StringComparison.Ordinal))
                           ?? throw new Xunit.Sdk.XunitException($"Asked something not expected:\n{me.Transcript()}");
            await me.Send(answers[question]);
        }
        throw new Xunit.Sdk.XunitException($"Never reached the summary:\n{me.Transcript()}");
    }
}
