using System.Data.Common;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>Issue 11 (5): a verified grid worker's 待核实 list names each household, its address and its phone.</summary>
public sealed class GridWorkerListTests
{
    [Fact]
    public async Task Issue11_待核实NamesTheHouseholdItsAddressAndPhone()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var number = await new ReportAnswers("今天", "没有", "减产", "没有", "正常", "一千", "有", Living: "有", Schooling: "没得娃儿")
            .FileAsync(bot.As(villager, ChannelKind.Sms), "涨水把我家房子冲垮了");
        var address = Dapper.SqlMapper.ExecuteScalar<string>(db, "SELECT address FROM households WHERE id = @Id", new { Id = villager.HouseholdId })!;
        var worker = await bot.BoundAsync(Resident.GridWorkerOf(db, villager.RegionCode), ChannelKind.WeChat);

        await worker.Send("待核实").ExpectFirstReply($"{number} 洪水，房屋倒塌，无人伤亡")
            .ExpectFirstReply($"{villager.Name}（").ExpectFirstReply(address).ExpectFirstReply($"电话{villager.Phone![3..]}");
    }
}
