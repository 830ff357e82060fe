using System.Security.Claims;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Incidents.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// Officials' actions on one incident: read it whole (items, figures with sources, grades, timeline, warnings), open one
/// by hand, move an item, set a figure with a note, link a warning, close and reopen. The rules are Incidents'
/// (<see cref="IncidentActions"/>); this only maps requests and refusals.
/// </summary>
internal static class IncidentActionEndpoints
{
    public static RouteGroupBuilder MapIncidentActions(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:long}", GetAsync);
        group.MapPost("/", OpenAsync);
        group.MapPost("/{id:long}/items/{itemId:long}/move", MoveAsync);
        group.MapPut("/{id:long}/figures/{figure}", SetFigureAsync);
        group.MapPost("/{id:long}/warnings", LinkWarningAsync);
        group.MapPost("/{id:long}/close", CloseAsync);
        group.MapPost("/{id:long}/reopen", ReopenAsync);
        return group;
    }

    internal sealed record OpenRequest(string? TownCode, string? Family, string? Title);

    internal sealed record OpenResponse(long Id, string Number);

    internal sealed record MoveRequest(long? ToIncidentId);

    internal sealed record FigureRequest(long? Least, long? Most, string? Note);

    internal sealed record WarningRequest(long? WarningId);

    private static async Task<Results<Ok<IncidentView>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, IncidentViews views,
        CancellationToken ct) =>
        await views.GetAsync(Caller(user), id, ct) is { } view
            ? TypedResults.Ok(view)
            : IncidentEndpoints.Problem(IncidentRefusal.IncidentNotFound(id));

    private static async Task<Results<Created<OpenResponse>, ProblemHttpResult>> OpenAsync(OpenRequest body, ClaimsPrincipal user,
        IncidentActions actions, TimeProvider clock, CancellationToken ct)
    {
        var opened = await actions.OpenAsync(Caller(user), body.TownCode, body.Family, body.Title, clock.GetUtcNow(), ct);
        return opened.Id is { } id
            ? TypedResults.Created($"/api/incidents/{id}", new OpenResponse(id, IncidentNumber.Of(id)))
            : IncidentEndpoints.Problem(opened.Refusal!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MoveAsync(long id, long itemId, MoveRequest body, ClaimsPrincipal user,
        IncidentActions actions, TimeProvider clock, CancellationToken ct) =>
        body.ToIncidentId is not { } to
            ? IncidentEndpoints.Problem(IncidentRefusal.Invalid("请填写目标事件 toIncidentId", "toIncidentId is required"))
            : Done(await actions.MoveItemAsync(Caller(user), id, itemId, to, clock.GetUtcNow(), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> SetFigureAsync(long id, string figure, FigureRequest body,
        ClaimsPrincipal user, IncidentActions actions, TimeProvider clock, CancellationToken ct) =>
        Done(await actions.SetFigureAsync(Caller(user), id, figure, body.Least, body.Most, body.Note, clock.GetUtcNow(), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> LinkWarningAsync(long id, WarningRequest body, ClaimsPrincipal user,
        IncidentActions actions, TimeProvider clock, CancellationToken ct) =>
        body.WarningId is not { } warning
            ? IncidentEndpoints.Problem(IncidentRefusal.Invalid("请填写预警编号 warningId", "warningId is required"))
            : Done(await actions.LinkWarningAsync(Caller(user), id, warning, clock.GetUtcNow(), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> CloseAsync(long id, ClaimsPrincipal user, IncidentActions actions,
        TimeProvider clock, CancellationToken ct) =>
        Done(await actions.SetOpenAsync(Caller(user), id, close: true, clock.GetUtcNow(), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> ReopenAsync(long id, ClaimsPrincipal user, IncidentActions actions,
        TimeProvider clock, CancellationToken ct) =>
        Done(await actions.SetOpenAsync(Caller(user), id, close: false, clock.GetUtcNow(), ct));

    private static Results<NoContent, ProblemHttpResult> Done(IncidentRefusal? refusal) =>
        refusal is null ? TypedResults.NoContent() : IncidentEndpoints.Problem(refusal);

    private static IncidentCaller Caller(ClaimsPrincipal user) => user.ToAccount().ToIncidentCaller();
}
