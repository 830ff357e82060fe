using System.ComponentModel.DataAnnotations;

namespace Alerts.Host.Reports;

/// <summary>The console's report list: how long a report may wait for the grid worker's visit before it is overdue.</summary>
internal sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>A submitted report older than this is marked overdue for a visit (default 48 hours).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan VisitWithin { get; set; } = TimeSpan.FromHours(48);
}
