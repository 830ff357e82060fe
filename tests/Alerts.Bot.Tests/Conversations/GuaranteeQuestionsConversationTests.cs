using System.Data.Common;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 13: the report asks about food and clothes, school and seeing a doctor only when they matter, in short plain
/// questions answered in dialect; "不知道" is stored as unknown (NULL), never as fine or as failing.
/// </summary>
public sealed class GuaranteeQuestionsConversationTests
{
    [Theory]
    [InlineData(ChannelKind.Sms)]
    [InlineData(ChannelKind.WeChat)]
    public async Task NothingIsAskedAboutFoodSchoolOrDoctorsWhenNothingPointsToThem(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), via);

        // The helper checks that none of the three is asked (they are left null).
        await new ReportAnswers("今天", "没有", "减产", "没有", "正常", "五百", "有").FileAsync(me, "下暴雨了，屋顶漏雨");

        var report = StoredReport.Single(db);
        Assert.Equal(("minor", (bool?)null, (bool?)null, (bool?)null, (bool?)null),
            (report.House, report.FoodOk, report.ClothingOk, report.SchoolingOk, report.MedicalCareOk));
        Assert.Null(report.UnknownFields);
    }

    [Fact]
    public async Task AChildOfSchoolAgeOnTheRegisterMeansSchoolIsAskedThoughTheHouseStands()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var year = SelfReportConversationTests.ChinaToday(bot).Year;
        db.Execute("""
            INSERT INTO household_members (household_id, position, name, relation, born_year) VALUES
            (@HouseholdId, 1, '户主', '户主', @Parent), (@HouseholdId, 2, '小孙子', '孙子', @Child)
            """, new { villager.HouseholdId, Parent = year - 60, Child = year - 9 });

        await new ReportAnswers("今天", "没有", "减产", "没有", "正常", "五百", "有", Schooling: "娃儿上不了学了")
            .FileAsync(bot.As(villager, ChannelKind.Sms), "下暴雨了，屋顶漏雨");

        var report = StoredReport.Single(db);
        Assert.Equal((false, (bool?)null), (report.SchoolingOk, report.FoodOk));
    }

    [Fact]
    public async Task AFailedHarvestAsksAboutFoodAndClothesAndDontKnowStaysUnknown()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), ChannelKind.WeChat);

        await new ReportAnswers("昨天", "没有", null, "没有", "正常", "不晓得", "有", House: "没事", Living: "不晓得")
            .FileAsync(me, "下冰雹，庄稼全部绝收了");

        var report = StoredReport.Single(db);
        Assert.Equal(("total_loss", (bool?)null, (bool?)null, (bool?)null), (report.Crops, report.FoodOk, report.ClothingOk, report.SchoolingOk));
        Assert.Equal("loss,food,clothing", report.UnknownFields);
    }

    [Theory]
    [InlineData("没得钱看", false)]
    [InlineData("看得上", true)]
    public async Task AMedicalBillNamedInTheFirstMessageAsksWhetherTheyCanSeeADoctor(string answer, bool ok)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = bot.As(Resident.Villager(db), ChannelKind.Sms);

        // Nobody was hurt in the slide, but the bill is named: seeing a doctor is asked, food and school are not.
        await new ReportAnswers("昨天", "没有", "没有", "没有", "正常", "跳过", "有", House: "没事", MedicalCare: answer)
            .FileAsync(me, "滑坡了，老汉住院花了一万多");

        Assert.Equal(ok, StoredReport.Single(db).MedicalCareOk);
    }
}
