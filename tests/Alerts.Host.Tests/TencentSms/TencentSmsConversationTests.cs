using Alerts.Fakes.TencentSms;
using Alerts.Host.Tests.Conversations;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.TencentSms;

/// <summary>A villager on a feature phone in the mainland: a whole report by Tencent SMS, every answer an approved template.</summary>
public sealed class TencentSmsConversationTests
{
    [Fact]
    public async Task A_villagers_report_by_tencent_sms_is_filed_and_every_answer_reaches_the_phone_as_the_reply_template()
    {
        await using var tencent = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account);
        await using var app = await ConversationApp.StartAsync(TencentSmsTestAccount.Settings(tencent));
        using var db = app.OpenDatabase();
        var villager = Resident.WithoutWeChat(db);
        var me = new TencentSmsConversation(app, tencent, villager.Phone!);

        var number = await new ReportAnswersScript(When: "昨天", People: "没有", Crops: "减产", Livestock: "嗯", Water: "没水",
            Income: "两千块", Labour: "有", Living: "有", Schooling: "没得娃儿").FileAsync(me, "涨水把我家房子冲垮了");

        Assert.Matches(@"^\d{6}$", number);
        var report = StoredReport.Single(db);
        Assert.Equal(("flood", "collapsed", villager.Id), (report.Hazard, report.House, report.ReporterId));
        var toVillager = tencent.Messages.Where(m => m.PhoneNumber == villager.Phone).ToList();
        Assert.NotEmpty(toVillager);
        Assert.All(toVillager, m => Assert.Equal("3000004", m.TemplateId));
        Assert.All(toVillager, m => Assert.True(m.Params[0].Length <= 60));
        Assert.Empty(app.Twilio.Messages);
    }

    [Fact]
    public async Task A_reply_pushed_twice_is_one_message_answered_once()
    {
        await using var tencent = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account);
        await using var app = await ConversationApp.StartAsync(TencentSmsTestAccount.Settings(tencent));
        using var db = app.OpenDatabase();
        var phone = Resident.WithoutWeChat(db).Phone!;
        var me = new TencentSmsConversation(app, tencent, phone);
        var textedAfterFirst = -1;

        await me.Send("你好").Then(() => textedAfterFirst = tencent.MessageCount(phone)).SendAgain();

        Assert.True(textedAfterFirst > 0);
        Assert.Equal(textedAfterFirst, tencent.MessageCount(phone));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages WHERE provider_message_id = @Id",
            new { Id = me.LastMessageId }));
    }

    [Fact]
    public async Task A_linking_code_goes_as_the_verification_template_with_the_digits_alone_and_links_the_villager()
    {
        await using var tencent = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account);
        await using var app = await ConversationApp.StartAsync(TencentSmsTestAccount.Settings(tencent));
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var stranger = app.OnWeChat("oTencentCodeLinking000000001");
        await stranger.Send("你好").Send("同意").Send(villager.Phone!);

        var code = await ConversationApp.EventuallyAsync(
            () => tencent.Messages.FirstOrDefault(m => m.PhoneNumber == villager.Phone), m => m is not null);

        Assert.Equal(("3000005", "5"), (code!.TemplateId, code.Params[1]));
        Assert.Matches(@"^\d{6}$", code.Params[0]);
        Assert.Equal($"【山区预警】您的验证码为{code.Params[0]}，5分钟内有效。", code.Text);
        await stranger.Send(code.Params[0]).ExpectReply($"验证成功，您是{villager.Name}");
    }
}
