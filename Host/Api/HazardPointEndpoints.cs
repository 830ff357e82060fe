using System.Security.Claims;
using Alerts.Broadcast;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Incidents;
using Alerts.Host.Webhooks;
using Alerts.Identity.Accounts;
using Alerts.Incidents.HazardPoints;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// The hazard point register (隐患点) for officials and admins (bearer keys, like /api/incidents): the points under the
/// caller's jurisdiction, one point with its households, monitor, shelter and observations, the CSV import (natural
/// resources or emergency offices), and a 临灾预报 for a point. A point elsewhere is, to the caller, not there (404).
/// </summary>
internal static class HazardPointEndpoints
{
    public static RouteGroupBuilder MapHazardPointsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapOfficialsGroup("/api/hazard-points", "只有干部可以查看隐患点", "Only officials see the hazard point register");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
        group.MapPost("/import", ImportAsync);
        group.MapPost("/{id:long}/forecast", ForecastAsync);
        return group;
    }

    internal sealed record ImportResponse(int Points, int Created, int Updated, int Unchanged);

    private static async Task<Results<Ok<IReadOnlyList<HazardPoint>>, ProblemHttpResult>> ListAsync(string? village, ClaimsPrincipal user,
        HazardPointReader reader, CancellationToken ct)
    {
        if (village is not null && !DivisionCode.IsWellFormed(village))
            return Problems.Invalid("village 须为 12 位村级区划代码", "village must be a 12-digit village code");
        return TypedResults.Ok(await reader.ListWithinAsync(user.ToAccount().RegionCode, village, ct));
    }

    private static async Task<Results<Ok<HazardPointDetails>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user,
        HazardPointReader reader, CancellationToken ct) =>
        await reader.GetWithinAsync(id, user.ToAccount().RegionCode, ct) is { } details
            ? TypedResults.Ok(details)
            : Problems.From(Refusal.NotFound($"隐患点 {id} 不存在", $"Hazard point {id} does not exist"));

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(HttpRequest request, ClaimsPrincipal user,
        HazardPointImporter importer, TimeProvider clock)
    {
        var ct = request.HttpContext.RequestAborted;
        if (request.ContentType is not { } type || !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem("请以 text/csv 上传隐患点表 / Send the hazard points as text/csv",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        var body = await RequestBody.ReadCappedAsync(request, HazardPointImporter.MaxBytes, ct);
        if (body.Length > HazardPointImporter.MaxBytes) return Problems.TooLarge(HazardPointImporter.MaxBytes);
        var outcome = await importer.ImportAsync(body, user.ToAccount().ToIncidentCaller(), clock.GetUtcNow(), ct);
        if (outcome.Refusal is { } refused) return IncidentEndpoints.Problem(refused);
        var result = outcome.Result!;
        if (result.Succeeded) return TypedResults.Ok(new ImportResponse(result.Points, result.Created, result.Updated, result.Unchanged));
        return TypedResults.Problem($"隐患点表有 {result.Errors.Count} 处错误，未导入任何内容 / The file has {result.Errors.Count} errors; nothing was imported",
            statusCode: StatusCodes.Status400BadRequest, title: "Invalid hazard points",
            extensions: new Dictionary<string, object?>
            {
                ["zh"] = $"隐患点表有 {result.Errors.Count} 处错误，未导入任何内容",
                ["en"] = $"The file has {result.Errors.Count} errors; nothing was imported",
                ["rowErrors"] = result.Errors.Select(e => new { e.Row, e.Column, e.Message, Text = e.ToString() }).ToList(),
            });
    }

    private static async Task<Results<Created<Warning>, ProblemHttpResult>> ForecastAsync(long id, PointForecastRequest request,
        ClaimsPrincipal user, PointForecasts forecasts, CancellationToken ct)
    {
        var outcome = await forecasts.IssueAsync(user.ToAccount(), id, request, ct);
        return outcome.Succeeded ? TypedResults.Created($"/api/warnings/{outcome.Value.Id}", outcome.Value) : Problems.From(outcome.Refusal!);
    }
}
