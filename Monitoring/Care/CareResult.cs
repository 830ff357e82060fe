namespace Alerts.Monitoring.Care;

/// <summary>The outcome of a step after enrolment, with its reason in Chinese and English when it is a "no".</summary>
public sealed record CareResult(CareOutcome Outcome, string Chinese = "", string English = "")
{
    public static readonly CareResult Done = new(CareOutcome.Done);

    public bool IsDone => Outcome == CareOutcome.Done;

    public static CareResult NotFound(long caseId) => new(CareOutcome.NotFound, $"监测案例 {caseId} 不存在", $"Monitoring case {caseId} does not exist");

    public static CareResult Invalid(string chinese, string english) => new(CareOutcome.Invalid, chinese, english);

    public static CareResult Conflict(string chinese, string english) => new(CareOutcome.Conflict, chinese, english);
}
