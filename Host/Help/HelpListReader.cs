using Alerts.Host.Reports;
using Alerts.Identity.Help;
using Alerts.Store.Audit;
using Alerts.Store.Notifications;
using Alerts.Store.Regions;

namespace Alerts.Host.Help;

/// <summary>
/// Help requests under a jurisdiction for the console: open ones first, then newest; each with the escalation steps
/// (the audit log of help:{id}) and the messages sent about it (notifications that name its number).
/// </summary>
internal sealed class HelpListReader(HelpDesk desk, RegionStore regions, AuditStore audit, NotificationQuery notifications,
    ActorNames actors)
{
    private static readonly string[] Reasons = ["help_requested", "help_handled"];

    /// <summary>All matching requests in list order (HelpDesk gives at most 200, newest first).</summary>
    public async Task<IReadOnlyList<HelpRequest>> ListAsync(string jurisdiction, string? status, CancellationToken ct) =>
        (await desk.UnderAsync(jurisdiction, status, ct))
            .OrderBy(r => r.Status == "open" ? 0 : 1).ThenByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id).ToList();

    public async Task<IReadOnlyList<HelpListItem>> DetailAsync(IEnumerable<HelpRequest> page, string jurisdiction, CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(jurisdiction) ?? jurisdiction;
        var villages = (await regions.UnderAsync(prefix, 5, ct)).ToDictionary(v => v.Code, v => v.Name, StringComparer.Ordinal);
        var items = new List<HelpListItem>();
        foreach (var r in page)
        {
            var place = r.VillageCode is { } v ? villages.GetValueOrDefault(v, v) : "村子不详";
            items.Add(new HelpListItem(r, place, await ToldAsync(r, ct)));
        }
        return items;
    }

    private async Task<IReadOnlyList<TimelineEntry>> ToldAsync(HelpRequest r, CancellationToken ct)
    {
        var told = new List<TimelineEntry>();
        foreach (var e in await audit.ForSubjectAsync($"help:{r.Id}", ct))
            // The one who asked is audited by masked chat address; the request knows their name.
            told.Add(new TimelineEntry(e.AtUtc, e.Action == "help_requested" && r.Name is { } name ? name : await actors.NameAsync(e.Actor, ct),
                Action(e)));
        // The texts HelpDesk writes: 【求助 H3】, 【求助补充 H3】, 【求助未处理 H3，…】 and 您的求助（H3）已有工作人员处理.
        var n = r.Number;
        foreach (var m in await notifications.MentioningAsync(Reasons, [$"求助 {n}】", $"求助补充 {n}】", $"求助未处理 {n}，", $"（{n}）"], ct))
            told.Add(new TimelineEntry(m.FinishedUtc ?? m.CreatedUtc, "系统", $"通知{m.PersonName}（{DeliveryText.Of(m)}）"));
        return told.OrderBy(t => t.AtUtc).ToList();
    }

    private static string Action(AuditEntry e) => e.Action switch
    {
        "help_requested" => "发出求助",
        "help_escalated" => $"无人处理，逐级上报（第{e.Detail?.Replace("step ", "", StringComparison.Ordinal)}步）",
        "help_handled" => string.IsNullOrWhiteSpace(e.Detail) ? "标记已处理" : $"标记已处理：{e.Detail}",
        _ => e.Action,
    };
}
