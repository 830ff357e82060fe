using System.Data.Common;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// A grid worker tells the bot how many people a shelter of their village holds: the count goes to the town's open
/// incident (kept with its history and on the timeline), over capacity is accepted and flagged, several open incidents
/// make the bot ask which, none makes it say so, and another village's shelter is not theirs to count.
/// </summary>
public sealed class ShelterCountConversationTests
{
    [Fact]
    public async Task TheCountGoesToTheTownsOpenIncidentWithItsCapacityAndOverCapacityIsFlagged()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = await bot.BoundAsync(Resident.GridWorkerOf(db, villager.RegionCode), ChannelKind.WeChat);
        var shelter = Shelter(db, villager.RegionCode, "村小学", 120);
        await worker.Send("安置 村小学 35").ExpectFirstReply("本镇现在没有正在处理的灾情事件");
        var incident = Incident(db, villager.RegionCode);

        await worker.Send("安置 村小学 35").ExpectFirstReply($"村小学：已安置35人，容量120人。（事件SJ{incident}）");
        await worker.Send("村小学安置了130人").ExpectFirstReply("村小学：已安置130人，容量120人。⚠已超过容量");

        Assert.Equal(130, db.QuerySingle<int>("SELECT sheltered FROM incident_shelter_counts WHERE shelter_id = @S", new { S = shelter }));
        Assert.Equal([35, 130], db.Query<int>("SELECT sheltered FROM incident_shelter_count_history ORDER BY id"));
        Assert.Equal(2, db.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_events WHERE incident_id = @I AND kind = 'shelter_count'", new { I = incident }));
    }

    [Fact]
    public async Task SeveralOpenIncidentsInTheTownMakeTheBotAskWhichOne()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = await bot.BoundAsync(Resident.GridWorkerOf(db, villager.RegionCode), ChannelKind.Sms);
        Shelter(db, villager.RegionCode, "村小学", 120);
        var (first, second) = (Incident(db, villager.RegionCode), Incident(db, villager.RegionCode));

        await worker.Send("安置 村小学 35").ExpectFirstReply($"本镇有几个正在处理的事件：SJ{first}、SJ{second}。请写上是哪一个，如：安置 SJ{first} 村小学 35");
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_shelter_counts"));
        await worker.Send($"安置 SJ{second} 村小学 35").ExpectFirstReply($"（事件SJ{second}）");
        Assert.Equal(second, db.QuerySingle<long>("SELECT incident_id FROM incident_shelter_counts"));
    }

    [Fact]
    public async Task AGridWorkerOfAnotherVillageCannotCountItsShelter()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var ownWorker = Resident.GridWorkerOf(db, villager.RegionCode);
        var otherVillage = db.QueryFirst<string>("""
            SELECT g.region_code FROM grid_assignments g
            WHERE g.worker_id <> @W AND g.region_code NOT IN (SELECT region_code FROM grid_assignments WHERE worker_id = @W)
            ORDER BY g.region_code
            """, new { W = ownWorker.Id });
        var stranger = await bot.BoundAsync(Resident.GridWorkerOf(db, otherVillage), ChannelKind.WeChat);
        Shelter(db, villager.RegionCode, "村小学", 120);
        Incident(db, villager.RegionCode);
        Incident(db, otherVillage);

        await stranger.Send("安置 村小学 35").ExpectFirstReply("您负责的村没有叫“村小学”的安置点");

        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_shelter_counts"));
    }

    private static long Shelter(System.Data.Common.DbConnection db, string village, string name, int capacity) => db.ExecuteScalar<long>("""
        INSERT INTO shelters (village_code, name, address, capacity, created_utc, updated_utc)
        VALUES (@Village, @Name, '村委会旁', @Capacity, '2026-01-01', '2026-01-01') RETURNING id
        """, new { Village = village, Name = name, Capacity = capacity });

    private static long Incident(System.Data.Common.DbConnection db, string village) => db.ExecuteScalar<long>("""
        INSERT INTO incidents (town_code, county_code, family, title, opened_utc, opened_by, last_item_utc, updated_utc)
        VALUES (@Town, @County, 'geological', '滑坡', '2026-07-10T01:00:00.0000000Z', 'system', '2026-07-10T01:00:00.0000000Z',
                '2026-07-10T01:00:00.0000000Z')
        RETURNING id
        """, new { Town = village[..9] + "000", County = village[..6] + "000000" });
}
