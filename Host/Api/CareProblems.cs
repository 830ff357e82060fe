using Alerts.Broadcast;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.Exit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>Monitoring's "no" after enrolment as problem details, like every other refusal of the API.</summary>
internal static class CareProblems
{
    public static ProblemHttpResult From(CareResult r) => r.Outcome switch
    {
        CareOutcome.NotFound => Problems.From(Refusal.NotFound(r.Chinese, r.English)),
        CareOutcome.Invalid => Problems.Invalid(r.Chinese, r.English),
        CareOutcome.Forbidden => Problems.From(Refusal.Forbidden(r.Chinese, r.English)),
        CareOutcome.Conflict => Problems.From(Refusal.Conflict(r.Chinese, r.English)),
        _ => Problems.From(new Refusal(RefusalKind.Unprocessable, "Not met", r.Chinese, r.English)),
    };

    /// <summary>A refused exit shows every criterion as checked, so the official sees what to fix or confirm.</summary>
    public static ProblemHttpResult From(ExitDecision d)
    {
        if (d.Criteria.Count == 0) return From(d.Result);
        var status = d.Result.Outcome == CareOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
        return TypedResults.Problem($"{d.Result.Chinese} / {d.Result.English}", statusCode: status, title: "Exit criteria not met",
            extensions: new Dictionary<string, object?> { ["zh"] = d.Result.Chinese, ["en"] = d.Result.English, ["criteria"] = d.Criteria });
    }

    /// <summary>A case outside the caller's jurisdiction answers exactly as a missing one.</summary>
    public static ProblemHttpResult NotFound(long id) => From(CareResult.NotFound(id));
}
