using System.Security.Claims;
using Alerts.Broadcast;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// Officials' side of incidents (灾情/险情): the incidents of the towns under their jurisdiction, their figures, grades and
/// the report up. Same bearer keys as /api/warnings, officials' and admins' only; an incident outside the caller's
/// jurisdiction is, to them, not there (404).
/// </summary>
internal static class IncidentEndpoints
{
    public static RouteGroupBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapOfficialsGroup("/api/incidents", "只有干部可以查看和处理灾情事件", "Only officials see and work incidents");
        group.MapGet("/", ListAsync);
        group.MapIncidentActions();
        group.MapUpwardReports();
        group.MapIncidentStatistics();
        return group;
    }

    /// <summary>The caller as the Incidents rules see them; an admin counts as an official.</summary>
    internal static IncidentCaller ToIncidentCaller(this Account a) =>
        new(a.Actor, a.RegionCode, IsOfficial: a.Role is AccountRoles.Official or AccountRoles.Admin, a.Department);

    internal static ProblemHttpResult Problem(IncidentRefusal r) => Problems.From(r.Kind switch
    {
        IncidentRefusalKind.NotFound => Refusal.NotFound(r.Chinese, r.English),
        IncidentRefusalKind.Forbidden => Refusal.Forbidden(r.Chinese, r.English),
        IncidentRefusalKind.Conflict => Refusal.Conflict(r.Chinese, r.English),
        _ => new Refusal(RefusalKind.Invalid, "Invalid request", r.Chinese, r.English),
    });

    private static async Task<Results<Ok<IReadOnlyList<Incident>>, ProblemHttpResult>> ListAsync(string? status, ClaimsPrincipal user,
        IncidentStore store, CancellationToken ct)
    {
        if (status is not null and not (IncidentStatus.Open or IncidentStatus.Closed))
            return Problems.Invalid("status 须为 open 或 closed", "status must be open or closed");
        return TypedResults.Ok(await store.ListUnderAsync(DivisionCode.ToPrefix(user.ToAccount().RegionCode)!, status, ct));
    }
}
