namespace Alerts.Incidents.Grading;

/// <summary>One criterion of a part (灾情 deaths, 险情 people to relocate …): its thresholds, highest grade first.</summary>
public sealed record GradingCriterion(string Figure, IReadOnlyList<GradingThreshold> Thresholds);
