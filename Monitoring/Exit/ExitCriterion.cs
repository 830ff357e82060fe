namespace Alerts.Monitoring.Exit;

/// <summary>One exit criterion as checked on the household's record: what it asks, whether it is met, what was found.</summary>
public sealed record ExitCriterion(string Key, string Name, bool Met, string Found);
