namespace Alerts.Host.Reports;

/// <summary>One line of a record's timeline: when (UTC), who, and what happened, in Chinese.</summary>
internal sealed record TimelineEntry(DateTimeOffset AtUtc, string Who, string What);
