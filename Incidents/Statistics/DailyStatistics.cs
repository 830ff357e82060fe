namespace Alerts.Incidents.Statistics;

/// <summary>One Beijing day's statistics: per county, its towns then its total row.</summary>
public sealed record DailyStatistics(DateOnly Date, IReadOnlyList<StatisticsRow> Rows);
