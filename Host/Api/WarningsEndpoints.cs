using System.Security.Claims;
using System.Text.Json;
using Alerts.Broadcast;
using Alerts.Identity.Accounts;
using Alerts.Broadcast.Cap;
using Alerts.Broadcast.Recipients;
using Alerts.Broadcast.Targeting;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Web;
using Alerts.Host.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Api;

/// <summary>
/// The officials' API under /api/warnings, every route behind a bearer API key (401 without one). What a caller
/// may do is decided by the warning rules (403 outside their rights); a warning that does not touch their
/// jurisdiction is, to them, not there (404). See README "Officials' API".
/// </summary>
internal static class WarningsEndpoints
{
    private const string CapContentType = "application/cap+xml; charset=utf-8";

    public static RouteGroupBuilder MapWarningsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/warnings").RequireAuthorization(ApiKeyAuthentication.Policy);
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync).Accepts<WarningRequest>("application/json");
        group.MapPost("/{id:long}/approve", ApproveAsync);
        group.MapPost("/{id:long}/cancel", CancelAsync);
        group.MapGet("/{id:long}", GetAsync);
        group.MapGet("/{id:long}/preview", PreviewAsync);
        group.MapGet("/{id:long}/cap", ExportCapAsync);
        group.MapPost("/cap", ImportCapAsync).Accepts<string>("application/cap+xml");
        return group;
    }

    private static async Task<Results<Created<WarningResponse>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, WarningLifecycle lifecycle)
    {
        WarningRequest? body;
        try { body = await request.ReadFromJsonAsync<WarningRequest>(request.HttpContext.RequestAborted); }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return Problems.Invalid("请求体须为 JSON 对象", $"The body must be a JSON object: {ex.Message}");
        }
        if (body is null) return Problems.Invalid("请求体须为 JSON 对象", "The body must be a JSON object");
        var created = await lifecycle.CreateAsync(user.ToAccount(), body, request.HttpContext.RequestAborted);
        return created.Succeeded ? Created(created.Value) : Problems.From(created.Refusal);
    }

    private static async Task<Results<Ok<WarningListResponse>, ProblemHttpResult>> ListAsync(
        [AsParameters] WarningListParameters p, ClaimsPrincipal user, WarningListStore list, CancellationToken ct)
    {
        var query = WarningQuery.Parse(p.State, p.Hazard, p.Level, p.Area, p.From, p.To);
        var errors = new FieldErrors();
        var page = Whole(p.Page, "page", 1, int.MaxValue, errors);
        var size = Whole(p.PageSize, "pageSize", 1, Paging.MaxSize, errors);
        if (!query.Succeeded || errors.Any)
        {
            var all = (query.Refusal?.Errors ?? new Dictionary<string, string[]>()).Concat(errors.ToDictionary()).ToDictionary();
            return Problems.From(Refusal.Invalid(all) with { Chinese = "筛选条件有误", English = "The filters are invalid" });
        }
        var caller = user.ToAccount();
        var paging = Paging.Of(page, size, await list.CountAsync(caller, query.Value, ct));
        var items = await list.ListAsync(caller, query.Value, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(new WarningListResponse([.. items.Select(WarningResponse.From)], paging.Page, paging.PageSize, paging.Total));
    }

    /// <summary>A whole number within bounds, or null when not given; anything else is a field error.</summary>
    private static int? Whole(string? text, string field, int min, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors.Add(field, $"{field} 须为 {min} 到 {max} 之间的整数", $"{field} must be a whole number from {min} to {max}");
        return null;
    }

    private static async Task<Results<Ok<WarningResponse>, ProblemHttpResult>> ApproveAsync(
        long id, ClaimsPrincipal user, WarningLifecycle lifecycle, CancellationToken ct)
    {
        var approved = await lifecycle.ApproveAsync(user.ToAccount(), id, ct);
        return approved.Succeeded ? TypedResults.Ok(WarningResponse.From(approved.Value)) : Problems.From(approved.Refusal);
    }

    private static async Task<Results<Ok<CancelResponse>, ProblemHttpResult>> CancelAsync(
        long id, ClaimsPrincipal user, WarningLifecycle lifecycle, CancellationToken ct)
    {
        var cancelled = await lifecycle.CancelAsync(user.ToAccount(), id, ct);
        if (!cancelled.Succeeded) return Problems.From(cancelled.Refusal);
        var (old, allClear) = cancelled.Value;
        return TypedResults.Ok(new CancelResponse(WarningResponse.From(old), allClear is null ? null : WarningResponse.From(allClear)));
    }

    private static async Task<Results<Ok<WarningDetailsResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, WarningStore warnings, DeliveryReportStore reports, CancellationToken ct)
    {
        var visible = await VisibleAsync(id, user, warnings, ct);
        if (!visible.Succeeded) return Problems.From(visible.Refusal);
        var report = await reports.ReportAsync(id, ct);
        return TypedResults.Ok(new WarningDetailsResponse(WarningResponse.From(visible.Value), report));
    }

    private static async Task<Results<Ok<PreviewResponse>, ProblemHttpResult>> PreviewAsync(
        long id, ClaimsPrincipal user, WarningStore warnings, PreviewStore previews, CancellationToken ct)
    {
        var visible = await VisibleAsync(id, user, warnings, ct);
        if (!visible.Succeeded) return Problems.From(visible.Refusal);
        return TypedResults.Ok(PreviewResponse.From(id, await previews.PreviewAsync(visible.Value, ct)));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportCapAsync(
        long id, ClaimsPrincipal user, WarningStore warnings, CapExporter exporter, CancellationToken ct)
    {
        var visible = await VisibleAsync(id, user, warnings, ct);
        if (!visible.Succeeded) return Problems.From(visible.Refusal);
        var document = (await exporter.ExportAsync(id, ct))!;
        return TypedResults.Content(document.Declaration + "\n" + document.Root, CapContentType);
    }

    private static async Task<Results<Created<WarningResponse>, ProblemHttpResult>> ImportCapAsync(
        HttpRequest request, ClaimsPrincipal user, CapImporter importer, IOptions<BroadcastOptions> options)
    {
        var ct = request.HttpContext.RequestAborted;
        var max = options.Value.MaxCapBytes;
        var body = await RequestBody.ReadCappedAsync(request, max, ct);
        if (body.Length > max) return Problems.TooLarge(max);
        var imported = await importer.ImportAsync(user.ToAccount(), new MemoryStream(body), ct);
        return imported.Succeeded ? Created(imported.Value) : Problems.From(imported.Refusal);
    }

    private static Created<WarningResponse> Created(Warning w) => TypedResults.Created($"/api/warnings/{w.Id}", WarningResponse.From(w));

    /// <summary>
    /// A warning the caller may see: one that touches their jurisdiction. Any other answers exactly as a missing one,
    /// so that nothing of another place, not even that it has a warning, shows.
    /// </summary>
    private static async Task<Outcome<Warning>> VisibleAsync(long id, ClaimsPrincipal user, WarningStore warnings, CancellationToken ct) =>
        await warnings.GetAsync(id, ct) is { } warning && PublishingRules.CanSee(user.ToAccount(), warning.Areas)
            ? warning
            : Refusal.NotFound(id);
}
