using Alerts.Bot.Enrolment;
using Alerts.Bot.Help;
using Alerts.Bot.Reports;
using Alerts.Store.Seeding;
using Dapper;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// Issue 8: a cry for help always reaches a person. From someone not enrolled, mid-enrolment or mid-report it is
/// answered with 110/119/120 at once, a person is told with the words said, an open help request is recorded, and the
/// conversation goes on; a help word is never consent; unhandled, it climbs the duty roster.
/// </summary>
public sealed class HelpConversationTests
{
    private const string Stranger = "oStrangerHelp000000000000001";
    private const string StrangerPhone = "+8613900000011";

    [Fact]
    public async Task SomeoneNotEnrolledWhoCriesForHelpIsAnsweredAndTheCountysDutyRosterIsToldTheirWords()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var onDuty = db.QueryFirst<long>("SELECT person_id FROM duty_roster WHERE region_code = @County ORDER BY position",
            new { County = DemoCounty.CountyCode });
        var me = app.OnSms(StrangerPhone);

        await me.Send("救命啊 屋头遭埋了").ExpectFirstReply("110").ExpectReply("119").ExpectReply("120").ExpectReply("已通知值班人员")
            .ExpectNoReply("同意吗");

        var notice = Assert.Single(await StoredNotification.AllSentAsync(app));
        Assert.Equal(onDuty, notice.PersonId);
        Assert.Contains("救命啊 屋头遭埋了", notice.Text);
        Assert.Contains(StrangerPhone, notice.Text);
        Assert.Equal(("open", StrangerPhone), db.QuerySingle<(string, string)>("SELECT status, address FROM help_requests"));

        // What they add next goes to the same person instead of a privacy notice.
        await me.Send("在龙兴镇三组，快点").ExpectFirstReply(HelpResponder.PassedOn);
        Assert.Contains("在龙兴镇三组", StoredNotification.All(db)[^1].Text);
    }

    [Fact]
    public async Task NeedingHelpAtTheConsentQuestionIsNotConsentAndTheQuestionIsAskedAgain()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = app.As(villager, Via.WeChat);

        await me.Send("你好").ExpectFirstReply("同意吗")
            .Send("需要帮助").ExpectFirstReply("110").ExpectReply("同意吗");

        Assert.Null(db.ExecuteScalar<string?>("SELECT consented_utc FROM people WHERE id = @Id", new { villager.Id }));
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var notice = Assert.Single(StoredNotification.All(db));
        Assert.Equal((worker.Id, "help_requested"), (notice.PersonId, notice.Reason));
        Assert.Contains("需要帮助", notice.Text);

        await me.Send("同意").ExpectReply($"谢谢{villager.Name}，已登记");
    }

    [Fact]
    public async Task MidEnrolmentTheVillageAlreadyChosenDecidesWhoIsTold()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var town = DemoCounty.TownList[0];
        var village = DemoCounty.Villages.First(v => v.ParentCode == town.Code);
        var worker = Resident.GridWorkerOf(db, village.Code);
        var me = app.OnSms(StrangerPhone);

        await me.Send("你好").Send("同意").ExpectReply(EnrolmentTexts.AskTown).Send("1").ExpectReply(EnrolmentTexts.AskVillage).Send("1")
            .ExpectReply(EnrolmentTexts.AskName)
            .Send("救命 有人被埋了").ExpectFirstReply("110").ExpectReply($"已通知网格员{worker.Name}").ExpectReply(EnrolmentTexts.AskName)
            .Send("张秀英").ExpectReply(EnrolmentTexts.AskFlags);

        var notice = Assert.Single(StoredNotification.All(db));
        Assert.Equal(worker.Id, notice.PersonId);
        Assert.Contains("救命 有人被埋了", notice.Text);
        Assert.Contains(village.Name, notice.Text);
    }

    [Fact]
    public async Task SomeoneHurtAtTheInjuryQuestionRaisesHelpAndAnswersTheQuestion()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var me = app.As(villager, Via.Sms);

        await me.Send("我家房子被冲垮了").Send("同意").ExpectReply(ReportQuestions.When.Text).Send("今天")
            .ExpectReply(ReportQuestions.People.Text)
            .Send("有人受伤").ExpectFirstReply("110").ExpectReply($"已通知网格员{worker.Name}").ExpectReply("有几个人受伤？")
            .Send("1").ExpectReply(ReportQuestions.Crops.Text);

        var notice = Assert.Single(StoredNotification.All(db), n => n.Reason == "help_requested");
        Assert.Equal(worker.Id, notice.PersonId);
        Assert.Contains("有人受伤", notice.Text);
        Assert.Equal("open", db.QuerySingle<string>("SELECT status FROM help_requests"));
    }

    [Fact]
    public async Task MidReportACryForHelpReachesTheGridWorkerAndThePendingQuestionIsAskedAgain()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = app.As(villager, Via.WeChat);

        await me.Send("我家房子被冲垮了").Send("同意").ExpectReply(ReportQuestions.When.Text)
            .Send("救命").ExpectFirstReply("110").ExpectReply(ReportQuestions.When.Text)
            .Send("今天").ExpectReply(ReportQuestions.People.Text);

        Assert.Single(StoredNotification.All(db), n => n.Reason == "help_requested");
    }

    [Fact]
    public async Task AnUnhandledRequestClimbsTheRosterAndStopsOnceABoundWorkerMarksItHandled()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var townFirst = db.QueryFirst<long>("SELECT person_id FROM duty_roster WHERE region_code = @Town ORDER BY position",
            new { Town = villager.RegionCode[..9] + "000" });

        await app.As(villager, Via.Sms).Send("救命").ExpectFirstReply("110");
        var id = db.QuerySingle<long>("SELECT id FROM help_requests");
        app.Clock.Advance(TimeSpan.FromMinutes(16));

        var escalated = await ConversationApp.EventuallyAsync(
            () => StoredNotification.All(db).Where(n => n.PersonId == townFirst).ToList(), n => n.Count > 0);
        Assert.Contains("求助未处理", Assert.Single(escalated).Text);
        Assert.Contains($"网格员{worker.Name}", escalated[0].Text);

        await app.As(worker, Via.WeChat).Send($"已处理 H{id}").ExpectFirstReply(Bot.Staff.StaffCommands.NotBound);
        var bound = await app.BoundAsync(worker, Via.WeChat);
        await bound.Send($"已处理 H{id} 已送镇卫生院").ExpectFirstReply($"求助H{id}已标记为处理完毕");

        Assert.Equal(("handled", "已送镇卫生院"), db.QuerySingle<(string, string)>("SELECT status, handled_note FROM help_requests"));
        var told = StoredNotification.All(db).Count;
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await Task.Delay(1500);
        Assert.Equal(told, StoredNotification.All(db).Count);
    }

    [Fact]
    public async Task ABoundWorkersNoticeOrReviewThatMentionsSomeoneBuriedIsCarriedOutNotTakenAsTheirOwnCryForHelp()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var worker = Resident.GridWorkerOf(db, Resident.Villager(db).RegionCode);
        var bound = await app.BoundAsync(worker, Via.WeChat);

        await bound.Send("险情通报 后山垮了，有人被埋，请马上撤离").ExpectFirstReply("险情通报已发出").ExpectNoReply("110");

        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings WHERE kind = 'danger_notice'"));
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM help_requests"));
    }
}
