using System.Security.Claims;
using Alerts.Bot.Reports;
using Alerts.Broadcast;
using Alerts.Identity.Accounts;
using Alerts.Store.Regions;
using Alerts.Monitoring.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// Officials' side of 防止返贫监测: the monitoring cases that confirmed reports opened under their
/// jurisdiction (JSON, or CSV to hand on), and enrolling or declining each. Same bearer keys as /api/warnings, but
/// officials' and admins' only: the list names households and their incomes, which a grid worker's key must not
/// export. A candidate outside the caller's jurisdiction is, to them, not there (404).
/// </summary>
internal static class MonitoringEndpoints
{

    public static RouteGroupBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapOfficialsGroup("/api/monitoring", "只有干部可以查看和认定监测对象", "Only officials see and decide monitoring candidates");
        group.MapGet("/cases", ListAsync);
        group.MapPost("/cases/{id:long}/enrol", (long id, ClaimsPrincipal user, CaseProcedure procedure, TimeProvider clock, CancellationToken ct) =>
            DecideAsync(id, enrol: true, null, user, procedure, clock, ct));
        group.MapPost("/cases/{id:long}/decline", (long id, DeclineRequest? body, ClaimsPrincipal user, CaseProcedure procedure,
            TimeProvider clock, CancellationToken ct) => DecideAsync(id, enrol: false, body?.Reason, user, procedure, clock, ct));
        group.MapCaseProcedure();
        group.MapMonitoringCare();
        group.MapHouseholds();
        return group;
    }

    internal sealed record DeclineRequest(string? Reason);

    private static async Task<Results<Ok<IReadOnlyList<CaseRow>>, FileContentHttpResult, ProblemHttpResult>> ListAsync(
        string? status, string? format, ClaimsPrincipal user, CaseStore store, CancellationToken ct)
    {
        if (status is not null && !CaseStatus.All.Contains(status))
            return Problems.Invalid("status 须为 identifying、monitored、declined 或 exited", "status must be identifying, monitored, declined or exited");
        var prefix = DivisionCode.ToPrefix(user.ToAccount().RegionCode)!;
        var rows = await store.ListUnderAsync(prefix, status, ct);
        return format == "csv"
            ? TypedResults.File(CaseListExport.Write(rows, ReportLabels.Hazard), "text/csv; charset=utf-8", $"monitoring-cases-{prefix}.csv")
            : TypedResults.Ok(rows);
    }

    // The county's decision is the procedure's step (村级审查 and 镇街审核 come first; CaseSteps says who may decide).
    private static async Task<Results<NoContent, ProblemHttpResult>> DecideAsync(long id, bool enrol, string? reason,
        ClaimsPrincipal user, CaseProcedure procedure, TimeProvider clock, CancellationToken ct) =>
        await procedure.RecordAsync(id, CaseSteps.CountyDecision, enrol ? "enrol" : "decline", reason, user.ToAccount().ToCaseCaller(),
            clock.GetUtcNow(), ct) is { } refusal
            ? CaseProcedureEndpoints.Problem(refusal)
            : TypedResults.NoContent();
}
