using System.Data.Common;
using Alerts.Bot.Enrolment;
using Alerts.Store.Seeding;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// A villager who registers themselves joins the household the village register lists under their name, in the village
/// they chose and only there; when several share the name, or none, they get a new household as before.
/// </summary>
public sealed class RegisterMatchTests
{
    private const string StrangerPhone = "+8613900000002"; // 139…: the demo county never hands out this prefix

    private sealed record Listed(long Id, string VillageCode, string HeadName);

    // A register household whose head's name no other household of the village shares.
    private static Listed UniquelyNamed(DbConnection db) => db.QueryFirst<Listed>("""
        SELECT h.id, h.village_code, h.head_name FROM households h
        WHERE h.register_no IS NOT NULL
          AND (SELECT COUNT(*) FROM households o WHERE o.village_code = h.village_code AND o.head_name = h.head_name) = 1
        ORDER BY h.id
        """);

    private static async Task RegisterAsync(BotHarness bot, string villageCode, string name)
    {
        var village = DemoCounty.Villages.Single(v => v.Code == villageCode);
        var town = DemoCounty.TownList.ToList().FindIndex(t => t.Code == village.ParentCode) + 1;
        var nth = DemoCounty.Villages.Where(v => v.ParentCode == village.ParentCode).ToList().IndexOf(village) + 1;
        await bot.OnSms(StrangerPhone).Send("在吗").ExpectFirstReply("同意吗").Send("同意")
            .ExpectReply(EnrolmentTexts.AskTown).Send($"{town}")
            .ExpectReply(EnrolmentTexts.AskVillage).Send($"{nth}")
            .ExpectReply(EnrolmentTexts.AskName).Send(name)
            .ExpectReply(EnrolmentTexts.AskFlags).Send("1 3")
            .ExpectReply($"登记好了，{name}。");
    }

    private static long NewPersonsHousehold(DbConnection db) =>
        db.ExecuteScalar<long>("SELECT household_id FROM people WHERE phone = @Phone", new { Phone = StrangerPhone });

    [Fact]
    public async Task AVillagerWhoseNameTheRegisterListsJoinsThatHouseholdAndTheGridWorkerIsAskedToCheck()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var listed = UniquelyNamed(db);
        var households = db.ExecuteScalar<long>("SELECT COUNT(*) FROM households");

        await RegisterAsync(bot, listed.VillageCode, listed.HeadName);

        Assert.Equal(listed.Id, NewPersonsHousehold(db));
        Assert.Equal(households, db.ExecuteScalar<long>("SELECT COUNT(*) FROM households"));
        var worker = Resident.GridWorkerOf(db, listed.VillageCode);
        Assert.Contains(bot.Notices(), n => n.PersonId == worker.Id && n.Reason == "enrolment_matched");
    }

    [Fact]
    public async Task TheSameNameInAnotherVillageIsNeverMatched()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var listed = UniquelyNamed(db);
        var other = DemoCounty.Villages.First(v => v.Code != listed.VillageCode &&
            db.ExecuteScalar<long>("SELECT COUNT(*) FROM households WHERE village_code = @V AND head_name = @N",
                new { V = v.Code, N = listed.HeadName }) == 0);

        await RegisterAsync(bot, other.Code, listed.HeadName);

        var household = NewPersonsHousehold(db);
        Assert.NotEqual(listed.Id, household);
        Assert.Equal(other.Code, db.ExecuteScalar<string>("SELECT village_code FROM households WHERE id = @Id", new { Id = household }));
        Assert.DoesNotContain(bot.Notices(), n => n.Reason.StartsWith("enrolment_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoRegisterHouseholdsOfTheNameMeanANewHouseholdAndTheGridWorkerIsAskedToSortItOut()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var listed = UniquelyNamed(db);
        db.Execute("""
            INSERT INTO households (village_code, address, head_name, register_no, created_utc)
            VALUES (@VillageCode, '村里', @HeadName, 'DUP-1', '2026-01-01T00:00:00Z')
            """, listed);

        await RegisterAsync(bot, listed.VillageCode, listed.HeadName);

        var household = NewPersonsHousehold(db);
        Assert.NotEqual(listed.Id, household);
        Assert.Null(db.ExecuteScalar<string?>("SELECT register_no FROM households WHERE id = @Id", new { Id = household }));
        var worker = Resident.GridWorkerOf(db, listed.VillageCode);
        Assert.Contains(bot.Notices(), n => n.PersonId == worker.Id && n.Reason == "enrolment_ambiguous");
    }
}
