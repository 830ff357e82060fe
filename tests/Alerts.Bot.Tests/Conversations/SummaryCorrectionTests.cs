using System.Data.Common;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Dapper;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 11 (3): at the summary, "不对 …" or "改一下 …" changes that answer — asking only what it must — and keeps the
/// rest, photos and location included. It used to restart the whole form.
/// </summary>
public sealed class SummaryCorrectionTests
{
    [Fact]
    public async Task Issue11_ANamedFieldWithoutANewValueIsAskedAgainAndThePhotosAndLocationAreKept()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = await AtTheSummaryWithPhotosAsync(bot);

        await me.Send("不对 房子没倒完").DoesNotAsk(ReportQuestions.Hazard).Asks(ReportQuestions.House)
            .Send("严重").DoesNotAsk(ReportQuestions.Crops).DoesNotAsk(ReportQuestions.Water).ExpectNoReply(ReportQuestions.Extras)
            .ExpectReply("请核对：洪水，房屋严重损坏")
            .Send("对").ExpectFirstReply("报告已提交，编号100001。");

        var report = StoredReport.Single(db);
        Assert.Equal(("flood", "severe", "reduced", "none", 2000), (report.Hazard, report.House, report.Crops, report.Water, report.IncomeLostYuan));
        var (media, latitude) = db.QuerySingle<(string, double)>("SELECT media_ids, latitude FROM reports");
        Assert.Equal("[\"photo-1\",\"photo-2\"]", media);
        Assert.Equal(29.6, latitude, 3);
    }

    [Theory]
    [InlineData("改一下 灾害是暴雨")]
    [InlineData("不对，是暴雨")]
    public async Task Issue11_ANewValueSaidOutrightIsTakenWithoutAskingAnything(string correction)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = await AtTheSummaryWithPhotosAsync(bot);

        await me.Send(correction).ExpectFirstReply("好的，改过来了。").ExpectReply("请核对：暴雨，房屋倒塌")
            .Send("对").ExpectFirstReply("报告已提交");

        var report = StoredReport.Single(db);
        Assert.Equal(("rainstorm", "collapsed", "reduced"), (report.Hazard, report.House, report.Crops));
        Assert.Equal("[\"photo-1\",\"photo-2\"]", db.ExecuteScalar<string>("SELECT media_ids FROM reports"));
    }

    [Fact]
    public async Task Issue11_AFlatNoAsksWhichAnswerToChangeThenOnlyThatOne()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var me = await AtTheSummaryWithPhotosAsync(bot);

        await me.Send("2").Asks(ReportRevision.WhichField)
            .Send("庄稼").Asks(ReportQuestions.Crops)
            .Send("绝收").ExpectReply("请核对：洪水，房屋倒塌，无人伤亡，庄稼绝收")
            .Send("对").ExpectFirstReply("报告已提交");

        Assert.Equal(("total_loss", "collapsed"), (StoredReport.Single(db).Crops, StoredReport.Single(db).House));
    }

    /// <summary>A villager on WeChat reports a collapsed house, sends a location and two photos, and reaches the summary.</summary>
    private static async Task<Chat> AtTheSummaryWithPhotosAsync(BotHarness bot)
    {
        Resident villager;
        using (var db = bot.OpenDatabase()) villager = Resident.Villager(db);
        var me = bot.As(villager, ChannelKind.WeChat);
        await me.Send("涨水把我家房子冲垮了").Send("同意");
        await new ReportAnswersUntilExtras().AnswerAsync(me);
        await me.SendLocation(29.6, 106.5).ExpectReply("位置收到了")
            .SendImage("photo-1").SendImage("photo-2").ExpectReply("收到第2张照片")
            .Send("好了").ExpectReply("请核对：洪水，房屋倒塌");
        return me;
    }

    private sealed class ReportAnswersUntilExtras
    {
        public async Task AnswerAsync(Chat me) =>
            await me.Asks(ReportQuestions.When).Send("昨天").Asks(ReportQuestions.People).Send("没有")
                .Asks(ReportQuestions.Crops).Send("减产").Asks(ReportQuestions.Livestock).Send("没有")
                .Asks(ReportQuestions.Water).Send("没水").Asks(ReportQuestions.IncomeLost).Send("两千")
                .Asks(ReportQuestions.Living).Send("有").Asks(ReportQuestions.Schooling).Send("3")
                .Asks(ReportQuestions.Labour).Send("有").ExpectReply(ReportQuestions.Extras);
    }
}
