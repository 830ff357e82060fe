namespace Alerts.Monitoring.Screening;

/// <summary>What is wrong with one line of a department's list (line 1 is the header), in Chinese and English.</summary>
public sealed record ScreeningError(int Line, string Chinese, string English);
