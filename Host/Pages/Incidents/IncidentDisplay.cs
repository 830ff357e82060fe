using System.Globalization;
using Alerts.Incidents.Core;
using Alerts.Incidents.Views;
using Alerts.Store.Database;

namespace Alerts.Host.Pages.Incidents;

/// <summary>How the incident pages write times, timeline entries and the links behind an item or a figure's source.</summary>
internal static class IncidentDisplay
{
    /// <summary>"11-29 21:35" in Beijing time.</summary>
    public static string Time(DateTimeOffset utc) => BeijingTime.Of(utc).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? utc) => utc is { } t ? Time(t) : null;

    /// <summary>Where an item is read in full: the report, the help desk, the 险情通报, the hazard point.</summary>
    public static string? LinkOf(IncidentItemView item, IReadOnlyList<IncidentPointObservation> observations) => item.Kind switch
    {
        IncidentItemKinds.Report when item.ReportNumber is { } n => $"/reports/{Uri.EscapeDataString(n)}",
        IncidentItemKinds.Help => "/help",
        IncidentItemKinds.DangerNotice => $"/warnings/{item.RefId}",
        IncidentItemKinds.MonitorReport => observations.FirstOrDefault(o => o.ObservationId == item.RefId) is { } o
            ? $"/hazard-points/{o.PointId}" : null,
        _ => null,
    };

    /// <summary>The link behind a figure's source ("报告100012：死亡1人", "隐患点 HP-001：威胁12人", "求助H3"), or null.</summary>
    public static string? LinkOf(string source, IReadOnlyList<IncidentPointObservation> observations)
    {
        var label = source.Split('：')[0];
        if (label.StartsWith("报告", StringComparison.Ordinal)) return $"/reports/{Uri.EscapeDataString(label[2..])}";
        if (label.StartsWith("求助", StringComparison.Ordinal)) return "/help";
        if (label.StartsWith("险情通报W", StringComparison.Ordinal)) return $"/warnings/{label[5..]}";
        if (!label.StartsWith("隐患点", StringComparison.Ordinal)) return null;
        var code = label[3..].Trim();
        return observations.FirstOrDefault(o => o.PointCode == code) is { } o ? $"/hazard-points/{o.PointId}" : null;
    }

    public static string StatusName(string status) => status == IncidentStatus.Open ? "处置中" : "已结束";

    public static string EventName(string kind) => kind switch
    {
        "opened" => "建立",
        "item_added" => "新条目",
        "item_moved_in" => "条目移入",
        "item_moved_out" => "条目移出",
        "figure_set" => "修改数字",
        "graded" => "定级",
        "warning_linked" => "关联预警",
        "closed" => "结束",
        "reopened" => "重新打开",
        "shelter_count" => "安置人数",
        "upward_drafted" => "报市稿",
        "upward_draft_edited" => "修改报市稿",
        "upward_sent" => "已报市",
        "upward_acknowledged" => "市已确认",
        "upward_reminder" => "报市提醒",
        _ => kind,
    };
}
