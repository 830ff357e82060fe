using System.Text.Json;
using Alerts.Bot.Reports;
using Alerts.Monitoring.Cases;
using Alerts.Store.Audit;
using Alerts.Store.Households;
using Alerts.Store.Inbound;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Alerts.Store.Reports;

namespace Alerts.Host.Reports;

/// <summary>
/// Reads a report for its page: answers, reporter and household, the reporter's own messages around the filing, the
/// review, and a timeline merged from the audit log and the notifications that name the report.
/// </summary>
internal sealed class ReportPageReader(
    RegionStore regions, PersonStore people, HouseholdStore households, InboundHistoryQuery inbound,
    AuditStore audit, NotificationQuery notifications, CaseStore cases, ActorNames actors)
{
    /// <summary>The self-report dialog is one sitting: its messages fall in the hours before the report is filed (the
    /// last answer is received before the turn stores the report, so the window ends at the filing).</summary>
    private static readonly TimeSpan MessageWindow = TimeSpan.FromHours(6);

    private static readonly string[] Reasons = ["report_submitted", "report_confirmed", "report_rejected"];

    public async Task<ReportPage> ReadAsync(ReportRecord report, CancellationToken ct)
    {
        var reporter = await people.GetAsync(report.ReporterId, ct);
        var entries = await audit.ForSubjectAsync($"report:{report.Number}", ct);
        var timeline = new List<TimelineEntry>();
        foreach (var e in entries)
            timeline.Add(new TimelineEntry(e.AtUtc, await actors.NameAsync(e.Actor, ct), Action(e)));
        // "编号100001" in the reporter's notices, "待核实 100001" in the grid worker's.
        foreach (var n in await notifications.MentioningAsync(Reasons, [$"编号{report.Number}", $"待核实 {report.Number}"], ct))
            timeline.Add(new TimelineEntry(n.CreatedUtc, "系统", $"通知{n.PersonName}：{n.Text}（{DeliveryText.Of(n)}）"));
        var review = entries.LastOrDefault(e => e.Action is "report_confirmed" or "report_rejected");
        return new ReportPage
        {
            Report = report,
            VillageName = (await regions.GetAsync(report.VillageCode, ct))?.Name ?? report.VillageCode,
            Answers = ReportDetails.Of(report),
            Reporter = reporter,
            Household = report.HouseholdId is { } id ? await households.GetAsync(id, ct) : null,
            Messages = await inbound.OfAsync(reporter?.WechatOpenid, reporter?.Phone, report.CreatedUtc - MessageWindow,
                report.CreatedUtc, ct),
            PhotoCount = MediaIds(report).Count,
            ReviewedBy = review is null ? null : await actors.NameAsync(review.Actor, ct),
            Timeline = timeline.OrderBy(t => t.AtUtc).ToList(),
            Candidate = report.Status == "confirmed"
                ? await cases.OfReportAsync(report.Id, ct)
                : null,
        };
    }

    /// <summary>The WeChat media ids of the report's photos, in the order they were sent.</summary>
    public static IReadOnlyList<string> MediaIds(ReportRecord report) =>
        string.IsNullOrEmpty(report.MediaIds) ? [] : JsonSerializer.Deserialize<List<string>>(report.MediaIds) ?? [];

    private static string Action(AuditEntry e) => e.Action switch
    {
        "report_submitted" => "提交报告",
        "report_confirmed" => "核实属实",
        "report_rejected" => $"驳回，原因：{e.Detail}",
        "report_corrected" => $"修改为：{ReportDetails.Correction(e.Detail)}",
        _ => e.Action,
    };
}
