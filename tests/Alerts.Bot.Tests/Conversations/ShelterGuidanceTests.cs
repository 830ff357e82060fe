using System.Data.Common;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Safety first, with a place to go: a villager whose village has a shelter on record is sent to it by name; one whose
/// village has none keeps the generic words, never an invented place.
/// </summary>
public sealed class ShelterGuidanceTests
{
    private static readonly ReportAnswers Collapsed = new("今天", "没有", "减产", "没有", "没水", "五千", "有", Living: "有", Schooling: "没得娃儿");

    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task AVillagerWhoseVillageHasAShelterIsSentToItByName(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        db.Execute("""
            INSERT INTO shelters (village_code, name, address, capacity, created_utc, updated_utc)
            VALUES (@Village, '村小学', '村委会旁', 120, '2026-01-01', '2026-01-01')
            """, new { Village = villager.RegionCode });
        var me = bot.As(villager, via);

        await Collapsed.FileAsync(me, "涨水把我家房子冲垮了");

        var said = string.Join("\n", me.Replies);
        // On SMS the short guidance keeps safety first: the shelter is named within it.
        Assert.Contains("村小学安置点（村委会旁）", said);
        Assert.DoesNotContain("先去安置点或亲友家住", said);
        if (via == ChannelKind.WeChat) Assert.Contains("先去村小学安置点（村委会旁）或亲友家住。", said);
    }

    [Fact]
    public async Task AVillagerWhoseVillageHasNoShelterGetsTheGenericWords()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var me = bot.As(villager, ChannelKind.WeChat);

        await Collapsed.FileAsync(me, "涨水把我家房子冲垮了");

        var said = string.Join("\n", me.Replies);
        Assert.Contains("先去安置点或亲友家住。", said);
        Assert.DoesNotContain("村小学", said);
        Assert.DoesNotContain("离开后到", said);
    }
}
