using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// Issue 14 through the bot: what villagers report and a grid worker's 险情通报 gather into one incident of their town,
/// whose figures count the reports the grid worker confirmed; the duty rosters hear of it once.
/// </summary>
public sealed class IncidentConversationTests
{
    // A landslide (geological), no one hurt, the house slightly damaged, 500 yuan lost.
    private static readonly ReportAnswers Landslide = new("今天", "没有", "没有", "没有", "正常", "五百", "有", House: "轻微");

    [Fact]
    public async Task TenReportsAndADangerNoticeFromOneVillageWithinAnHourFormOneIncidentWithSummedFigures()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var village = db.QueryFirst<string>("""
            SELECT region_code FROM people WHERE role = 'villager' AND phone IS NOT NULL GROUP BY region_code HAVING COUNT(*) >= 10 ORDER BY region_code
            """);
        var villagers = db.Query<long>("SELECT id FROM people WHERE role = 'villager' AND phone IS NOT NULL AND region_code = @Village ORDER BY id LIMIT 10",
            new { Village = village }).Select(id => Resident.Find(db, id)!).ToList();
        var worker = await bot.BoundAsync(Resident.GridWorkerOf(db, village), ChannelKind.Sms);

        var numbers = new List<string>();
        foreach (var villager in villagers)
        {
            numbers.Add(await Landslide.FileAsync(bot.As(villager, ChannelKind.Sms), "后山滑坡了"));
            bot.Clock.Advance(TimeSpan.FromMinutes(5));
        }
        foreach (var number in numbers.Take(8)) await worker.Send($"确认 {number}").ExpectFirstReply($"已确认报告{number}");
        await worker.Send("险情通报 后山滑坡还在动，请马上撤离到村委会").ExpectFirstReply("险情通报已发出");

        var incident = db.QuerySingle<long>("SELECT id FROM incidents");
        var kinds = db.Query<string>("SELECT kind FROM incident_items WHERE incident_id = @Id", new { Id = incident }).AsList();
        Assert.Equal((10, 1), (kinds.Count(k => k == IncidentItemKinds.Report), kinds.Count(k => k == IncidentItemKinds.DangerNotice)));
        await using var c = bot.OpenDatabase();
        var sheet = await bot.Services.GetRequiredService<IncidentFigures>().ReadAsync(c, null, incident, CancellationToken.None);
        Assert.Equal(FigureRange.Exactly(8 * 500), sheet[FigureKeys.DirectLoss].InForce); // the two unconfirmed count nothing
        Assert.Equal(FigureRange.Exactly(0), sheet[FigureKeys.Deaths].InForce);
        Assert.Equal(8, sheet[FigureKeys.DirectLoss].Sources.Count);
        Assert.Equal(2, sheet.Pending.Count);
        Assert.Single(sheet.Listed);
        Assert.Equal("small", db.QuerySingle<string>("SELECT grade FROM incidents"));

        // The rosters heard once of the opening and once of the notice, never per report, and not by the notice's own message.
        var told = bot.IncidentNotices();
        var opened = told.Where(n => n.Reason == "incident_opened").ToList();
        Assert.NotEmpty(opened);
        Assert.Equal(opened.Count, opened.Select(n => n.PersonId).Distinct().Count());
        Assert.All(told.Where(n => n.Reason == "incident_update"), n => Assert.Contains("后山滑坡还在动", n.Text));
        Assert.DoesNotContain(bot.Notices(), n => n.Reason == "danger_notice");
    }
}
