using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Alerts.Store.Database;

namespace Alerts.Incidents.Views;

/// <summary>One incident as the console's list shows it: where, what, its grade, how many items, the latest one, and
/// where its latest report up stands (none when the grade never required one).</summary>
public sealed record IncidentRow
{
    public long Id { get; init; }
    public string TownCode { get; init; } = "";
    public string? TownName { get; init; }
    public string Family { get; init; } = "";
    public string Title { get; init; } = "";
    public string Status { get; init; } = IncidentStatus.Open;
    public string Grade { get; init; } = IncidentGrades.Unclassified;
    public DateTimeOffset OpenedUtc { get; init; }
    public DateTimeOffset LastItemUtc { get; init; }
    public long ItemCount { get; init; }
    public string? UpwardStatus { get; init; }
    public DateTimeOffset? UpwardDueUtc { get; init; }
    public DateTimeOffset? UpwardSentUtc { get; init; }

    public string Number => IncidentNumber.Of(Id);

    public string GradeName => IncidentGrades.ToChinese(Grade);

    public string FamilyName => Alerts.Store.Reports.ReportHazards.FamilyToChinese(Family);

    /// <summary>"须21:35前报市", "超时12分钟", "已报市" or "市已确认"; null when there is no report up.</summary>
    public string? UpwardBadge(DateTimeOffset now) => UpwardStatus switch
    {
        null => null,
        Upward.UpwardStatus.Acknowledged => "市已确认",
        Upward.UpwardStatus.Sent => "已报市",
        _ when UpwardDueUtc is { } due && now > due => $"超时{UpwardReportView.MinutesBetween(due, now)}分钟",
        _ => $"须{BeijingTime.Of(UpwardDueUtc ?? now):HH:mm}前报市",
    };

    /// <summary>True while the report up is unsent and the hour is over: the list marks it (in words, not colour alone).</summary>
    public bool UpwardOverdue(DateTimeOffset now) =>
        UpwardStatus == Upward.UpwardStatus.Drafted && UpwardDueUtc is { } due && now > due;
}
