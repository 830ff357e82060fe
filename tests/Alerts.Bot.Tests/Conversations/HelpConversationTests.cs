using System.Data.Common;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Help;
using Alerts.Bot.Reports;
using Alerts.Store.Seeding;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 8: a cry for help always reaches a person. From someone not enrolled, mid-enrolment or mid-report it is
/// answered with 110/119/120 at once, a person is told with the words said, an open help request is recorded, and the
/// conversation goes on; a help word is never consent. (Escalation up the duty roster is the Host's worker: HelpEscalationTests.)
/// </summary>
public sealed class HelpConversationTests
{
    private const string Stranger = "oStrangerHelp000000000000001";
    private const string StrangerPhone = "+8613900000011";

    [Fact]
    public async Task SomeoneNotEnrolledWhoCriesForHelpIsAnsweredAndTheCountysDutyRosterIsToldTheirWords()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var onDuty = db.QueryFirst<long>("SELECT person_id FROM duty_roster WHERE region_code = @County ORDER BY position",
            new { County = DemoCounty.CountyCode });
        var me = bot.OnSms(StrangerPhone);

        await me.Send("救命啊 屋头遭埋了").ExpectFirstReply("110").ExpectReply("119").ExpectReply("120").ExpectReply("已通知值班人员")
            .ExpectNoReply("同意吗");

        var notice = Assert.Single(bot.Notices());
        Assert.Equal(onDuty, notice.PersonId);
        Assert.Contains("救命啊 屋头遭埋了", notice.Text);
        Assert.Contains(StrangerPhone, notice.Text);
        Assert.Equal(("open", StrangerPhone), db.QuerySingle<(string, string)>("SELECT status, address FROM help_requests"));

        // What they add next goes to the same person instead of a privacy notice.
        await me.Send("在龙兴镇三组，快点").ExpectFirstReply(HelpResponder.PassedOn);
        Assert.Contains("在龙兴镇三组", bot.Notices()[^1].Text);
    }

    [Fact]
    public async Task NeedingHelpAtTheConsentQuestionIsNotConsentAndTheQuestionIsAskedAgain()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = bot.As(villager, ChannelKind.WeChat);

        await me.Send("你好").ExpectFirstReply("同意吗")
            .Send("需要帮助").ExpectFirstReply("110").ExpectReply("同意吗");

        Assert.Null(db.ExecuteScalar<string?>("SELECT consented_utc FROM people WHERE id = @Id", new { villager.Id }));
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var notice = Assert.Single(bot.Notices());
        Assert.Equal((worker.Id, "help_requested"), (notice.PersonId, notice.Reason));
        Assert.Contains("需要帮助", notice.Text);

        await me.Send("同意").ExpectReply($"谢谢{villager.Name}，已登记");
    }

    [Fact]
    public async Task MidEnrolmentTheVillageAlreadyChosenDecidesWhoIsTold()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var town = DemoCounty.TownList[0];
        var village = DemoCounty.Villages.First(v => v.ParentCode == town.Code);
        var worker = Resident.GridWorkerOf(db, village.Code);
        var me = bot.OnSms(StrangerPhone);

        await me.Send("你好").Send("同意").ExpectReply(EnrolmentTexts.AskTown).Send("1").ExpectReply(EnrolmentTexts.AskVillage).Send("1")
            .ExpectReply(EnrolmentTexts.AskName)
            .Send("救命 有人被埋了").ExpectFirstReply("110").ExpectReply($"已通知网格员{worker.Name}").ExpectReply(EnrolmentTexts.AskName)
            .Send("张秀英").ExpectReply(EnrolmentTexts.AskFlags);

        var notice = Assert.Single(bot.Notices());
        Assert.Equal(worker.Id, notice.PersonId);
        Assert.Contains("救命 有人被埋了", notice.Text);
        Assert.Contains(village.Name, notice.Text);
    }

    [Fact]
    public async Task SomeoneHurtAtTheInjuryQuestionRaisesHelpAndAnswersTheQuestion()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var me = bot.As(villager, ChannelKind.Sms);

        await me.Send("涨水把我家房子冲垮了").Send("同意").ExpectReply(ReportQuestions.When.Text).Send("今天")
            .ExpectReply(ReportQuestions.People.Text)
            .Send("有人受伤").ExpectFirstReply("110").ExpectReply($"已通知网格员{worker.Name}").ExpectReply("有几个人受伤？")
            .Send("1").ExpectReply(ReportQuestions.Crops.Text);

        var notice = Assert.Single(bot.Notices(), n => n.Reason == "help_requested");
        Assert.Equal(worker.Id, notice.PersonId);
        Assert.Contains("有人受伤", notice.Text);
        Assert.Equal("open", db.QuerySingle<string>("SELECT status FROM help_requests"));
    }

    [Fact]
    public async Task MidReportACryForHelpReachesTheGridWorkerAndThePendingQuestionIsAskedAgain()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = bot.As(villager, ChannelKind.WeChat);

        await me.Send("涨水把我家房子冲垮了").Send("同意").ExpectReply(ReportQuestions.When.Text)
            .Send("救命").ExpectFirstReply("110").ExpectReply(ReportQuestions.When.Text)
            .Send("今天").ExpectReply(ReportQuestions.People.Text);

        Assert.Single(bot.Notices(), n => n.Reason == "help_requested");
    }
}
