using System.Data.Common;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>Anyone may report for a neighbour: the grid worker with 代报, a villager by saying so.</summary>
public sealed class NeighbourReportTests
{
    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task TheGridWorkerReportsForAHouseholdWith代报(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var village = Resident.Villager(db).RegionCode;
        var worker = Resident.GridWorkerOf(db, village);
        var me = await bot.BoundAsync(worker, via);

        await me.Send("代报").ExpectFirstReply(ReportQuestions.Subject.Text)
            .Send("李德全").ExpectReply(ReportQuestions.Hazard.Text)
            .Send("滑坡").ExpectReply(ReportQuestions.When.Text)
            .Send("今天").ExpectReply(ReportQuestions.People.Text)
            .Send("没有").ExpectReply(ReportQuestions.House.Text)
            .Send("不能住了").ExpectReply(ReportQuestions.Crops.Text)
            .Send("没有").ExpectReply(ReportQuestions.Livestock.Text)
            .Send("没有").ExpectReply(ReportQuestions.Water.Text)
            .Send("正常").ExpectReply(ReportQuestions.IncomeLost.Text)
            .Send("不清楚").ExpectReply(ReportQuestions.Living.Text) // the house is gone: food, clothes, school
            .Send("都有").ExpectReply(ReportQuestions.Schooling.Text)
            .Send("娃儿上不了学了").ExpectReply(ReportQuestions.Labour.Text)
            .Send("有");
        if (via == ChannelKind.WeChat) await me.ExpectReply(ReportQuestions.Extras).Send("跳过");
        await me.ExpectReply("请核对：替李德全家报告，滑坡，房屋不能住，无人伤亡").Send("对")
            .ExpectFirstReply("报告已提交，编号100001。");

        var report = StoredReport.Single(db);
        Assert.Equal((true, "李德全", (long?)null, worker.Id, village), (report.ForNeighbour, report.SubjectName, report.HouseholdId, report.ReporterId, report.VillageCode));
        Assert.Equal(("landslide", "unsafe", (int?)null), (report.Hazard, report.House, report.IncomeLostYuan));
        Assert.Equal((true, true, false), (report.FoodOk, report.ClothingOk, report.SchoolingOk));
        // The worker is the one who would be told: nobody else is notified of their own report.
        Assert.Empty(bot.Notices());
    }

    [Theory]
    [InlineData(ChannelKind.Sms, "帮邻居报")]
    [InlineData(ChannelKind.WeChat, "我想帮隔壁王大爷报一下")]
    public async Task AVillagerWhoSaysSheIsReportingForANeighbourIsAskedWhoseHouseholdFirst(ChannelKind via, string first)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var villager = Resident.Villager(db);
        var worker = Resident.GridWorkerOf(db, villager.RegionCode);
        var me = bot.As(villager, via);

        await me.Send("你好").Send("同意").ExpectReply($"谢谢{villager.Name}，已登记");
        await me.Send(first).ExpectFirstReply(ReportQuestions.Subject.Text)
            .Send("王大爷").ExpectReply(ReportQuestions.Hazard.Text)
            .Send("山洪");
        await new ReportAnswers(When: "昨天", People: "受伤", Crops: "绝收", Livestock: "不", Water: "不够",
                Income: "一万", Labour: "没有", Count: "一个", Medical: "两千", House: "严重", MedicalCare: "看不起",
                Living: "吃的有，穿的没得")
            .AnswerAll(me)
            .ExpectReply("请核对：替王大爷家报告").Send("对").ExpectFirstReply("报告已提交");

        var report = StoredReport.Single(db);
        Assert.Equal((true, "王大爷", (long?)null, villager.Id), (report.ForNeighbour, report.SubjectName, report.HouseholdId, report.ReporterId));
        Assert.Equal(("flash_flood", 1, "severe", "total_loss", "short", 10000, 2000, false),
            (report.Hazard, report.Injured, report.House, report.Crops, report.Water, report.IncomeLostYuan, report.ExtraMedicalYuan, report.HasLabour));
        // The harvest is gone and someone is hurt: food and clothes and seeing a doctor were asked (school was not:
        // the house stands and a neighbour's register is not read).
        Assert.Equal((true, false, (bool?)null, false), (report.FoodOk, report.ClothingOk, report.SchoolingOk, report.MedicalCareOk));
        var notice = Assert.Single(bot.Notices());
        Assert.Equal(worker.Id, notice.PersonId);
        Assert.StartsWith($"【待核实 100001】{villager.Name}（", notice.Text);
        Assert.Contains("）替王大爷家报告", notice.Text);
    }
}
