namespace Alerts.Incidents.Grading;

/// <summary>A figure at least <see cref="AtLeast"/> gives <see cref="Grade"/>; <see cref="Words"/> quote the regulation.</summary>
public sealed record GradingThreshold(string Grade, long AtLeast, string Words);
