using System.Data.Common;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// A 群测群防 monitor reports changes at their hazard point from the chat: the report opens the village's geological
/// incident, the next joins it, a photo sent soon after attaches, a critical sign sends people to the shelter; a monitor
/// of two points is asked which; a villager who watches no point is not taken for a monitor.
/// </summary>
public sealed class MonitorReportConversationTests
{
    [Fact]
    public async Task AMonitorsReportOpensAnIncidentAndTheNextJoinsItWithThePhotoAndACriticalSignSendsPeopleToTheShelter()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var monitor = Resident.Villager(db);
        Enrol(db, monitor);
        var point = Point(db, "HP001", "后山滑坡点", monitor, withShelter: true);

        await bot.As(monitor, ChannelKind.WeChat).Send("巡查：后山裂缝变宽了").ExpectFirstReply("后山滑坡点的情况已记录，已告诉镇上值班的干部");
        bot.Clock.Advance(TimeSpan.FromMinutes(5));
        await bot.As(monitor, ChannelKind.WeChat).SendImage("media-1").ExpectFirstReply("照片收到了");
        bot.Clock.Advance(TimeSpan.FromHours(1));
        await bot.As(monitor, ChannelKind.WeChat).Send("后山在掉石头，越来越大").ExpectFirstReply("情况危急！请马上带坡下的人到村小学安置点");

        // The turn normalises the text (full-width punctuation to ASCII) before anyone reads it.
        var observations = db.Query<(string Text, string? Media)>(
            "SELECT text, media_ids FROM hazard_point_observations WHERE point_id = @point ORDER BY id", new { point }).AsList();
        Assert.Equal([("后山裂缝变宽了", "media-1"), ("后山在掉石头,越来越大", null)], observations);
        var incident = db.QuerySingle<(long Id, string Family)>("SELECT id, family FROM incidents");
        Assert.Equal("geological", incident.Family);
        Assert.Equal(2, db.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_items WHERE incident_id = @Id AND kind = 'monitor_report'",
            new { incident.Id }));
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM reports"));
    }

    [Fact]
    public async Task AMonitorOfTwoPointsIsAskedWhichAndTheNumberedReportGoesToThatPoint()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var monitor = Resident.Villager(db);
        Enrol(db, monitor);
        Point(db, "HP001", "后山滑坡点", monitor, withShelter: false);
        var second = Point(db, "HP002", "河沟泥石流点", monitor, withShelter: false);

        await bot.As(monitor, ChannelKind.Sms).Send("田里冒浑水了").ExpectFirstReply("1. 后山滑坡点\n2. 河沟泥石流点");
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_point_observations"));
        await bot.As(monitor, ChannelKind.Sms).Send("巡查 2 田里冒浑水了").ExpectFirstReply("河沟泥石流点的情况已记录");

        Assert.Equal(second, db.ExecuteScalar<long>("SELECT point_id FROM hazard_point_observations"));
        Assert.Equal("田里冒浑水了", db.ExecuteScalar<string>("SELECT text FROM hazard_point_observations"));
    }

    [Fact]
    public async Task AVillagerWhoWatchesNoPointIsNotTakenForAMonitor()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        Enrol(db, villager);

        await bot.As(villager, ChannelKind.WeChat).Send("巡查 后山裂缝变宽了").ExpectNoReply("已告诉镇上值班的干部");

        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM hazard_point_observations"));
    }

    private static void Enrol(DbConnection db, Resident person) =>
        db.Execute("UPDATE people SET consented_utc = '2026-07-01T00:00:00.0000000Z' WHERE id = @Id", new { person.Id });

    private static long Point(DbConnection db, string code, string name, Resident monitor, bool withShelter)
    {
        long? shelter = withShelter
            ? db.ExecuteScalar<long>("""
                INSERT INTO shelters (village_code, name, capacity, created_utc, updated_utc)
                VALUES (@RegionCode, '村小学', 200, '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z') RETURNING id
                """, new { monitor.RegionCode })
            : null;
        return db.ExecuteScalar<long>("""
            INSERT INTO hazard_points (code, name, village_code, kind, people_threatened, monitor_person_id, shelter_id, created_utc, updated_utc)
            VALUES (@code, @name, @RegionCode, 'landslide', 12, @Id, @shelter, '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z')
            RETURNING id
            """, new { code, name, monitor.RegionCode, monitor.Id, shelter });
    }
}
