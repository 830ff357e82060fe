using Alerts.Incidents.Core;

namespace Alerts.Incidents.Upward;

/// <summary>
/// A report up as the console shows it, during the hour (the countdown) and afterwards (the record): drafted, due, sent,
/// acknowledged, the minutes it took, whether the hour was met, and every reminder with its time and whom.
/// </summary>
/// <param name="Hour">met (sent within the hour), missed (sent late, or not sent and the hour is over), running.</param>
/// <param name="MinutesTaken">From drafting to sending; null until sent.</param>
/// <param name="MinutesLeft">Until the hour is up while not sent (negative once overdue); null once sent.</param>
public sealed record UpwardReportView(
    long Id, long IncidentId, string IncidentNumber, string Grade, string GradeChinese, string Status, string StatusChinese,
    string ToCode, string DraftText, DateTimeOffset DraftedUtc, DateTimeOffset DueUtc,
    DateTimeOffset? SentUtc, string? SentBy, string? SentVia, string? SentText, DateTimeOffset? AcknowledgedUtc, string? AcknowledgedBy,
    int? MinutesTaken, string Hour, string HourChinese, int? MinutesLeft, DateTimeOffset? NextReminderUtc,
    IReadOnlyList<UpwardReminderView> Reminders)
{
    public const string Met = "met";
    public const string Missed = "missed";
    public const string Running = "running";

    public static UpwardReportView Of(UpwardReport r, IEnumerable<UpwardReminder> reminders, DateTimeOffset now)
    {
        var hour = r.SentUtc is { } sent ? (sent <= r.DueUtc ? Met : Missed) : now > r.DueUtc ? Missed : Running;
        return new UpwardReportView(r.Id, r.IncidentId, Core.IncidentNumber.Of(r.IncidentId), r.Grade, IncidentGrades.ToChinese(r.Grade),
            r.Status, UpwardStatus.ToChinese(r.Status), r.ToCode, r.DraftText, r.DraftedUtc, r.DueUtc,
            r.SentUtc, r.SentBy, r.SentVia, r.SentText, r.AcknowledgedUtc, r.AcknowledgedBy,
            r.SentUtc is { } s ? MinutesBetween(r.DraftedUtc, s) : null,
            hour, HourToChinese(hour),
            r.SentUtc is null ? (int)Math.Ceiling((r.DueUtc - now).TotalMinutes) : null,
            r.Status == UpwardStatus.Acknowledged ? null : r.NextReminderUtc,
            reminders.Where(m => m.ReportId == r.Id).Select(UpwardReminderView.Of).ToList());
    }

    /// <summary>Whole minutes from <paramref name="from"/> to <paramref name="to"/>, a started minute counting as one.</summary>
    public static int MinutesBetween(DateTimeOffset from, DateTimeOffset to) => (int)Math.Ceiling((to - from).TotalMinutes);

    public static string HourToChinese(string hour) => hour switch
    {
        Met => "一小时内已报",
        Missed => "超过一小时",
        _ => "计时中",
    };
}
