using System.Text.RegularExpressions;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Staff;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// Issue 8, through the real Host: nobody becomes someone else by naming their phone. A stranger who types a registered
/// villager's or grid worker's number learns no name and links to nobody without the code sent to that phone; guessing
/// the code hits the limit; staff powers (险情通报) need a binding code an admin issued.
/// </summary>
public sealed class LinkingAndBindingTests
{
    private const string Stranger = "oStrangerLinkingHost00000001";
    private const string Unregistered = "+8613900000042";

    [Fact]
    public async Task AStrangerWhoTypesAVillagersNumberLearnsNoNameAndLinksOnlyWithTheCodeSentToThatPhone()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var stranger = app.OnWeChat(Stranger);
        var other = app.OnWeChat(Stranger + "x");
        IReadOnlyList<string> toUnregistered = [];

        await other.Send("你好").Send("同意").Send(Unregistered).Then(() => toUnregistered = other.Replies);
        await stranger.Send("你好").ExpectFirstReply("同意吗").Send("同意").ExpectReply(EnrolmentTexts.AskPhone)
            .Send(villager.Phone!).ExpectReply(EnrolmentTexts.AskCode).ExpectNoReply(villager.Name)
            .ExpectReplies(r => Assert.Equal(toUnregistered, r)); // the same answer whether or not the number is registered

        Assert.Equal(villager, Resident.Find(db, villager.Id)); // nothing linked yet
        var code = await CodeSentToAsync(app, villager);

        await stranger.Send(code).ExpectReply($"验证成功，您是{villager.Name}");
        Assert.Equal(villager with { Openid = Stranger }, Resident.Find(db, villager.Id));
        Assert.Equal(villager.Id, StoredConversation.Of(db, stranger).PersonId);
    }

    [Fact]
    public async Task GuessingTheCodeHitsTheLimitAndLinksNobody()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var villager = Resident.Villager(db);
        var stranger = app.OnWeChat(Stranger);
        await stranger.Send("你好").Send("同意").Send(villager.Phone!).ExpectReply(EnrolmentTexts.AskCode);
        var code = await CodeSentToAsync(app, villager);
        var wrong = code == "111111" ? "222222" : "111111";

        for (var left = 4; left >= 1; left--) await stranger.Send(wrong).ExpectReply(EnrolmentTexts.WrongCode(left));
        await stranger.Send(wrong).ExpectReply(EnrolmentTexts.CodeLocked).ExpectReply(EnrolmentTexts.AskTown)
            .Send(code).ExpectNoReply("验证成功");

        Assert.Equal(villager, Resident.Find(db, villager.Id));
        Assert.Equal(5L, db.ExecuteScalar<long>("SELECT tries FROM link_codes"));
        Assert.Equal(4L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'link_code_wrong'"));
    }

    [Fact]
    public async Task AStrangerWhoTypesAGridWorkersNumberGetsNoCodeAndCannotPublishADangerNotice()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var worker = Resident.GridWorkerOf(db, Resident.Villager(db).RegionCode);
        var stranger = app.OnWeChat(Stranger);

        await stranger.Send("险情通报 后山出现裂缝，请马上撤离到村委会").ExpectFirstReply("同意吗")
            .Send("同意").Send(worker.Phone!).ExpectReply(EnrolmentTexts.AskCode).ExpectNoReply(worker.Name)
            .Send("123456").ExpectReply(EnrolmentTexts.WrongCode(4));

        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM notifications"));
        Assert.Equal(worker, Resident.Find(db, worker.Id));
    }

    [Fact]
    public async Task AGridWorkersOwnRegisteredNumberIsNotEnoughButOnceBoundTheNoticeGoesOutAndItsIncidentTellsTheRostersOnce()
    {
        await using var app = await ConversationApp.StartAsync();
        using var db = app.OpenDatabase();
        var worker = Resident.GridWorkerOf(db, Resident.Villager(db).RegionCode);
        var town = worker.RegionCode[..9] + "000";
        // The notice opens the town's incident: the town's and the county's rosters are told by the incident, each once.
        var roster = db.Query<long>("SELECT person_id FROM duty_roster WHERE region_code IN (@Town, @County) ORDER BY region_code DESC, position",
            new { Town = town, County = town[..6] + "000000" }).Distinct().ToList();
        var unbound = app.As(worker, Via.Sms);

        await unbound.Send("险情通报 后山出现裂缝，请马上撤离到村委会").ExpectFirstReply(StaffCommands.NotBound)
            .Send("绑定 AAAA-BBBB-CCCC").ExpectFirstReply("绑定码不对");
        Assert.Equal(0L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));

        var bound = await app.BoundAsync(worker, Via.Sms);
        await bound.Send("险情通报 后山出现裂缝，请马上撤离到村委会").ExpectFirstReply("险情通报已发出");

        var warning = db.QuerySingle<(string Kind, string Status, string Source)>("SELECT kind, status, source FROM warnings");
        Assert.Equal(("danger_notice", "published", "grid_worker"), warning);
        Assert.DoesNotContain(StoredNotification.All(db), n => n.Reason == "danger_notice");
        var told = StoredNotification.All(db).Where(n => n.Reason == "incident_opened").ToList();
        Assert.NotEmpty(told);
        Assert.Equal(roster, told.Select(n => n.PersonId));
        Assert.All(told, n => Assert.Contains("后山出现裂缝", n.Text));
        Assert.Equal(1L, db.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'staff_bound'"));
    }

    /// <summary>The 6-digit code in the SMS the Host sent to the person's registered phone.</summary>
    private static async Task<string> CodeSentToAsync(ConversationApp app, Resident person)
    {
        var sent = await ConversationApp.EventuallyAsync(() =>
        {
            using var c = app.OpenDatabase();
            return c.QueryFirstOrDefault<(string Text, string? Channel, string State)>(
                "SELECT text, channel, state FROM notifications WHERE person_id = @Id AND reason = 'link_code'", new { person.Id });
        }, n => n.State == "sent");
        Assert.Equal("sms", sent.Channel);
        return Regex.Match(sent.Text, @"\d{6}").Value;
    }
}
