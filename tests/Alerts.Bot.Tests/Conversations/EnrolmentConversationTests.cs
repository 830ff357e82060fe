using System.Data.Common;
using Alerts.Bot.Enrolment;
using Alerts.Channels.Messages;
using Alerts.Store.Seeding;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// People the bot does not know yet: a WeChat user who proves the phone the village registered, someone who finds their
/// village in the numbered lists, and people who say no to the privacy notice.
/// </summary>
public sealed class EnrolmentConversationTests
{
    private const string Stranger = "oStrangerConversation0000001";
    private const string StrangerPhone = "+8613900000001"; // 139…: the demo county never hands out this prefix

    [Fact]
    public async Task AWeChatStrangerWhoAnswersTheCodeSentToARegisteredPhoneBecomesThatPersonOnBothChannels()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var registered = Resident.WithoutWeChat(db);
        var people = Count(db, "people");
        var typed = $"{registered.Phone![3..6]} {registered.Phone[6..10]}-{registered.Phone[10..]}"; // 138 1234-5678
        var wechat = bot.OnWeChat(Stranger);

        await wechat.Send("你好").ExpectFirstReply("同意吗")
            .Send("好的").ExpectReply(EnrolmentTexts.AskPhone)
            .Send(typed).ExpectReply(EnrolmentTexts.AskCode).ExpectNoReply(registered.Name);
        var code = System.Text.RegularExpressions.Regex.Match(db.QuerySingle<string>(
            "SELECT text FROM notifications WHERE person_id = @Id AND reason = 'link_code' AND only_channel = 'sms'", new { registered.Id }), @"\d{6}").Value;
        await wechat.Send(code).ExpectReply($"验证成功，您是{registered.Name}。已登记").ExpectNoReply(EnrolmentTexts.AskTown);

        Assert.Equal(registered with { Openid = Stranger }, Resident.Find(db, registered.Id));
        Assert.Equal(people, Count(db, "people"));
        Assert.Equal(registered.Id, bot.PersonOf(wechat));

        // The same person texting from the registered number is known already: no second privacy notice.
        var sms = bot.OnSms(registered.Phone);
        await sms.Send("进度").ExpectReply("您还没有报告过灾情").ExpectNoReply("同意吗");
        await wechat.Send("进度").ExpectReply("您还没有报告过灾情");
    }

    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task SomeoneTheVillageNeverRegisteredChoosesTownThenVillageFromNumberedLists(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var town = DemoCounty.TownList[1];
        var villages = DemoCounty.Villages.Where(v => v.ParentCode == town.Code).ToList();
        var households = Count(db, "households");
        var me = via == ChannelKind.WeChat ? bot.OnWeChat(Stranger) : bot.OnSms(StrangerPhone);

        await me.Send("在吗").ExpectFirstReply("同意吗").Send("同意");
        if (via == ChannelKind.WeChat) await me.ExpectReply(EnrolmentTexts.AskPhone).Send("跳过");
        await me.ExpectReply(EnrolmentTexts.AskTown).ExpectReply($"1 {DemoCounty.TownList[0].Name}\n2 {town.Name}")
            .Send("2").ExpectReply(EnrolmentTexts.AskVillage).ExpectReply($"3 {villages[2].Name}")
            .Send("三").ExpectReply(EnrolmentTexts.AskName)
            .Send("张秀英").ExpectReply(EnrolmentTexts.AskFlags)
            .Send("1 3").ExpectReply("登记好了，张秀英。");

        var person = db.QuerySingle<(string Name, string Region, string? Phone, string? Openid, bool Elderly, bool Disabled, bool Alone, bool Consented)>("""
            SELECT name, region_code, phone, wechat_openid, is_elderly, is_disabled, lives_alone, consented_utc IS NOT NULL
            FROM people WHERE id = (SELECT MAX(id) FROM people)
            """);
        var (phone, openid) = via == ChannelKind.WeChat ? ((string?)null, (string?)Stranger) : (StrangerPhone, null);
        Assert.Equal(("张秀英", villages[2].Code, phone, openid, true, false, true, true), person);
        Assert.Equal(households + 1, Count(db, "households"));
        Assert.Equal(villages[2].Code, db.QuerySingle<string>("SELECT village_code FROM households WHERE id = (SELECT MAX(id) FROM households)"));
    }

    [Theory]
    [InlineData(ChannelKind.WeChat, "不同意")]
    [InlineData(ChannelKind.Sms, "不要")]
    [InlineData(ChannelKind.WeChat, "2")]
    public async Task AStrangerWhoDeclinesLeavesNoPersonNoHouseholdAndNoReportBehind(ChannelKind via, string no)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var (people, households) = (Count(db, "people"), Count(db, "households"));
        var me = via == ChannelKind.WeChat ? bot.OnWeChat(Stranger) : bot.OnSms(StrangerPhone);

        await me.Send("涨水把我家房子冲垮了").ExpectFirstReply("同意吗")
            .Send(no).ExpectReply(EnrolmentTexts.Declined).ExpectNoReply("报告");

        Assert.Equal((people, households, 0L), (Count(db, "people"), Count(db, "households"), Count(db, "reports")));
        Assert.Null(bot.PersonOf(me));
        Assert.True(bot.IsIdle(me));
        Assert.Empty(bot.Notices());
    }

    [Fact]
    public async Task ARegisteredVillagerWhoDeclinesIsAskedAgainNextTimeAndHerConsentIsNotRecorded()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = bot.As(villager, ChannelKind.Sms);

        await me.Send("房子垮了").ExpectFirstReply("同意吗").Send("不用了").ExpectReply(EnrolmentTexts.Declined)
            .Send("你好").ExpectFirstReply("同意吗");

        Assert.Null(db.ExecuteScalar<string?>("SELECT consented_utc FROM people WHERE id = @Id", new { villager.Id }));
        Assert.Equal(0L, Count(db, "reports"));
    }

    private static long Count(DbConnection db, string table) => db.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
}
