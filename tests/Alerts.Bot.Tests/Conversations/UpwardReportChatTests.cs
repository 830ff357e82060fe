using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>The county's duty official records the report up from chat: "已报市 SJ12 电话", "市已确认 SJ12 张科长".</summary>
public sealed class UpwardReportChatTests
{
    [Theory]
    [InlineData(ChannelKind.WeChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task TheDutyOfficialRecordsSendingAndTheAcknowledgementOnceEach(ChannelKind via)
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var official = Resident.Find(db, db.ExecuteScalar<long>(
            "SELECT id FROM people WHERE role = 'official' AND region_code = '500112000000' ORDER BY id LIMIT 1"))!;
        var incident = await DraftAsync(bot);
        var n = IncidentNumber.Of(incident);
        var me = await bot.BoundAsync(official, via);

        await me.Send($"已报市 {n}").ExpectReply("请写上报送方式")
            .Send($"已报市 {n} 电话").ExpectReply($"已记录：{n}已报市（电话）")
            .Send($"已报市 {n} 传真").ExpectReply("不能重复记录")
            .Send($"市已确认 {n.ToLowerInvariant()} 市应急局张科长").ExpectReply("已确认收到")
            .Send($"市已确认 {n} 李科长").ExpectReply("不能重复记录");

        var row = db.QuerySingle<(string Status, string SentVia, string SentBy, string AcknowledgedBy)>(
            "SELECT status, sent_via, sent_by, acknowledged_by FROM incident_upward_reports WHERE incident_id = @Id", new { Id = incident });
        Assert.Equal(("acknowledged", "电话", $"person:{official.Id}", "市应急局张科长"), row);
    }

    [Fact]
    public async Task AGridWorkerCannotRecordTheReportUp()
    {
        await using var bot = await BotHarness.StartAsync();
        using var db = bot.OpenDatabase();
        var worker = Resident.GridWorkerOf(db, "500112101001");
        var n = IncidentNumber.Of(await DraftAsync(bot));
        var me = await bot.BoundAsync(worker, ChannelKind.WeChat);

        await me.Send($"已报市 {n} 电话").ExpectReply("只有区县及以上的干部可以记录报市");
        Assert.Equal("drafted", db.ExecuteScalar<string>("SELECT status FROM incident_upward_reports"));
    }

    /// <summary>A 大型 geological incident in town 101 with its report drafted now, as grading does.</summary>
    private static async Task<long> DraftAsync(BotHarness bot)
    {
        var ct = CancellationToken.None;
        var now = bot.Clock.GetUtcNow();
        var incidents = bot.Services.GetRequiredService<IncidentStore>();
        await using var work = await bot.Services.GetRequiredService<StoreDb>().BeginAsync(ct);
        var id = await incidents.InsertAsync(work.Connection, work.Transaction, "500112101000", "geological", "滑坡", now, "system", now, ct);
        var incident = (await incidents.GetAsync(work.Connection, work.Transaction, id, ct))!;
        await bot.Services.GetRequiredService<UpwardReports>().DraftAsync(work.Connection, work.Transaction, incident, IncidentGrades.Large,
            "险情：需转移 520 人，达到大型（500 人以上）", ["需转移人数：520人"], now, ct);
        await work.CommitAsync(ct);
        return id;
    }
}
