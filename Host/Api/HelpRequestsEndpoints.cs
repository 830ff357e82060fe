using System.Security.Claims;
using Alerts.Broadcast;
using Alerts.Identity.Accounts;
using Alerts.Identity.Help;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// Help requests under the caller's jurisdiction (open ones first to act on) and marking one handled, which stops its
/// escalation. Same bearer keys as /api/warnings.
/// </summary>
internal static class HelpRequestsEndpoints
{
    private static readonly string[] Statuses = ["open", "handled"];

    public static RouteGroupBuilder MapHelpRequestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/help-requests").RequireAuthorization(ApiKeyAuthentication.Policy);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:long}/handled", HandleAsync);
        return group;
    }

    internal sealed record HandledRequest(string? Note);

    private static async Task<Results<Ok<IReadOnlyList<HelpRequest>>, ProblemHttpResult>> ListAsync(string? status, ClaimsPrincipal user,
        HelpDesk desk, CancellationToken ct)
    {
        if (status is not null && !Statuses.Contains(status))
            return Problems.Invalid("status 须为 open 或 handled", "status must be open or handled");
        return TypedResults.Ok(await desk.UnderAsync(user.ToAccount().RegionCode, status, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(long id, HandledRequest? body, ClaimsPrincipal user,
        HelpDesk desk, CancellationToken ct)
    {
        var account = user.ToAccount();
        var note = body?.Note?.Trim();
        if (note is { Length: > 500 }) return Problems.Invalid("备注最多500字", "The note is at most 500 characters");
        return await desk.HandleAsync(id, account.Actor, account.RegionCode, string.IsNullOrEmpty(note) ? null : note, ct) switch
        {
            HandleOutcome.Handled => TypedResults.NoContent(),
            HandleOutcome.AlreadyHandled => Problems.From(Refusal.Conflict($"求助 H{id} 已经处理过了", $"Help request H{id} was already handled")),
            // Outside the jurisdiction is answered exactly like a request that does not exist.
            _ => Problems.From(Refusal.NotFound($"求助 H{id} 不存在", $"Help request H{id} does not exist")),
        };
    }
}
