using System.Security.Claims;
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
        var group = app.MapGroup("/api/monitoring").RequireAuthorization(ApiKeyAuthentication.Policy);
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.User.ToAccount().Role is AccountRoles.Official or AccountRoles.Admin
                ? await next(context)
                : Problems.From(Refusal.Forbidden("只有干部可以查看和认定监测对象", "Only officials see and decide monitoring candidates")));
        group.MapGet("/cases", ListAsync);
        group.MapPost("/cases/{id:long}/enrol", (long id, ClaimsPrincipal user, CaseStore store, TimeProvider clock, CancellationToken ct) =>
            DecideAsync(id, enrol: true, null, user, store, clock, ct));
        group.MapPost("/cases/{id:long}/decline", (long id, DeclineRequest? body, ClaimsPrincipal user, CaseStore store, TimeProvider clock,
            CancellationToken ct) => DecideAsync(id, enrol: false, body?.Reason, user, store, clock, ct));
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
            ? TypedResults.File(CandidatesCsv.Write(rows), "text/csv; charset=utf-8", $"monitoring-cases-{prefix}.csv")
            : TypedResults.Ok(rows);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DecideAsync(long id, bool enrol, string? reason,
        ClaimsPrincipal user, CaseStore store, TimeProvider clock, CancellationToken ct)
    {
        var account = user.ToAccount();
        var village = await store.VillageOfAsync(id, ct);
        // One elsewhere answers exactly as a missing one: nothing of another place shows.
        if (village is null || !DivisionCode.Contains(account.RegionCode, village))
            return Problems.From(Refusal.NotFound($"监测案例 {id} 不存在", $"Monitoring case {id} does not exist"));
        if (!enrol && string.IsNullOrWhiteSpace(reason))
            return Problems.Invalid("不予认定须写明原因（reason）", "Declining needs a reason");
        return await store.DecideAsync(id, enrol, account.Actor, reason?.Trim(), clock.GetUtcNow(), ct)
            ? TypedResults.NoContent()
            : Problems.From(Refusal.Conflict($"监测案例 {id} 已经认定过了", $"Case {id} was already decided"));
    }
}
