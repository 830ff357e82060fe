using Dapper;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// Issue 8, the Host's part (the conversations are in Alerts.Bot.Tests): an unhandled help request climbs the duty
/// roster through the escalation worker, and a bound worker's danger notice goes out through Broadcast.
/// </summary>
public sealed class HelpEscalationTests
{
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
            () => StoredNotification.All(db).Where(n => n.PersonId == townFirst && n.Reason != "incident_opened").ToList(), n => n.Count > 0);
        // The request opened its town's incident, which told the town's roster once at once (issue 14); the climb is apart.
        Assert.Single(StoredNotification.All(db), n => n.PersonId == townFirst && n.Reason == "incident_opened");
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
