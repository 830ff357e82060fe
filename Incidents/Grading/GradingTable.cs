namespace Alerts.Incidents.Grading;

/// <summary>The grading of one hazard family: 灾情 (damage done) and 险情 (danger posed) apart, and where it comes from.</summary>
public sealed record GradingTable(string Source, IReadOnlyList<GradingCriterion> Disaster, IReadOnlyList<GradingCriterion> Danger);
