using System.ComponentModel.DataAnnotations;

namespace Alerts.Host.Reports;

/// <summary>The console's report list: how long a report may wait for the grid worker's visit before it is overdue.</summary>
internal sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>A submitted report older than this is marked overdue for a visit (default 48 hours).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan VisitWithin { get; set; } = TimeSpan.FromHours(48);

    /// <summary>A report still waiting for its visit is overdue when it came in before this moment.</summary>
    public DateTimeOffset OverdueBefore(DateTimeOffset now) => now - VisitWithin;

    /// <summary>The wait in words: "2 天" or "36 小时".</summary>
    public string VisitWithinText => VisitWithin.TotalHours % 24 == 0
        ? $"{VisitWithin.TotalDays:0} 天" : $"{VisitWithin.TotalHours:0.#} 小时";
}
