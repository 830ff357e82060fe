using Alerts.Monitoring.Care;

namespace Alerts.Monitoring.Exit;

/// <summary>The outcome of an exit (or of checking for one) and the criteria as checked.</summary>
public sealed record ExitDecision(CareResult Result, IReadOnlyList<ExitCriterion> Criteria)
{
    public bool AllMet => Criteria.Count > 0 && Criteria.All(c => c.Met);
}
