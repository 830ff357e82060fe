namespace Alerts.Host.Pages.Warnings;

/// <summary>One step of a warning's history as the page shows it: when, who, what, and any reason given.</summary>
internal sealed record TimelineEntry(DateTimeOffset At, string Who, string What, string? Detail);
