using System.Security.Claims;
using System.Text;
using Alerts.Broadcast;
using Alerts.Host.Webhooks;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Shelters;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// 安置点: the shelters of the villages under the caller's jurisdiction (officials and admins): list, add one, change one,
/// import a CSV all or nothing (row errors in the 400). A shelter or village outside the jurisdiction answers 404.
/// </summary>
internal static class ShelterEndpoints
{
    // The console's upload takes the same files.
    internal const int MaxCsvBytes = 2 * 1024 * 1024;

    public static RouteGroupBuilder MapSheltersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapOfficialsGroup("/api/shelters", "只有干部可以管理安置点", "Only officials manage shelters");
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:long}", UpdateAsync);
        group.MapPost("/import", ImportAsync);
        return group;
    }

    /// <summary>A shelter as sent: 村代码 (village), 名称, 地址, 容量 (capacity, people), 经度 and 纬度 (both or neither).</summary>
    internal sealed record ShelterRequest(string? Village, string? Name, string? Address, int? Capacity, double? Longitude, double? Latitude)
    {
        public ShelterInput ToInput() => new(Village, Name, Address, Capacity, Longitude, Latitude);
    }

    internal sealed record ImportResponse(int Created, int Updated, int Unchanged);

    private static async Task<Results<Ok<IReadOnlyList<Shelter>>, ProblemHttpResult>> ListAsync(string? village, ClaimsPrincipal user,
        ShelterStore store, CancellationToken ct)
    {
        var region = user.ToAccount().RegionCode;
        if (village is not null && (!DivisionCode.IsWellFormed(village) || DivisionCode.Level(village) != 5))
            return Problems.Invalid("village 须为 12 位村级区划代码", "village must be a 12-digit village code");
        // A village outside the jurisdiction lists nothing, as one without shelters does.
        return ShelterList.PlaceFor(region, village) is { } place
            ? TypedResults.Ok(await store.UnderAsync(place, ct))
            : TypedResults.Ok<IReadOnlyList<Shelter>>([]);
    }

    private static async Task<Results<Created<Shelter>, ProblemHttpResult>> CreateAsync(ShelterRequest body, ClaimsPrincipal user,
        ShelterDesk desk, CancellationToken ct)
    {
        var outcome = await desk.CreateAsync(user.ToAccount().ToIncidentCaller(), body.ToInput(), ct);
        return outcome.Shelter is { } s ? TypedResults.Created($"/api/shelters/{s.Id}", s) : Refused(outcome);
    }

    private static async Task<Results<Ok<Shelter>, ProblemHttpResult>> UpdateAsync(long id, ShelterRequest body, ClaimsPrincipal user,
        ShelterDesk desk, CancellationToken ct)
    {
        var outcome = await desk.UpdateAsync(user.ToAccount().ToIncidentCaller(), id, body.ToInput(), ct);
        return outcome.Shelter is { } s ? TypedResults.Ok(s) : Refused(outcome);
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(HttpRequest request, ClaimsPrincipal user,
        ShelterDesk desk)
    {
        var ct = request.HttpContext.RequestAborted;
        if (request.ContentType is not { } type || !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem("请以 text/csv 上传安置点表 / Send the shelters as text/csv",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        var bytes = await RequestBody.ReadCappedAsync(request, MaxCsvBytes, ct);
        if (bytes.Length > MaxCsvBytes) return Problems.TooLarge(MaxCsvBytes);
        var result = await desk.ImportAsync(user.ToAccount().ToIncidentCaller(), Alerts.Store.Csv.CsvRows.Decode(bytes), ct);
        if (result.Succeeded) return TypedResults.Ok(new ImportResponse(result.Created, result.Updated, result.Unchanged));
        var n = result.Errors.Count;
        return TypedResults.Problem($"安置点表有 {n} 处错误，未导入任何内容 / The file has {n} errors; nothing was imported",
            statusCode: StatusCodes.Status400BadRequest, title: "Invalid shelters file",
            extensions: new Dictionary<string, object?>
            {
                ["zh"] = $"安置点表有 {n} 处错误，未导入任何内容",
                ["en"] = $"The file has {n} errors; nothing was imported",
                ["rowErrors"] = result.Errors.Select(e => new { e.Line, e.Chinese, e.English }).ToList(),
            });
    }

    // Several reasons at once (a form's fields): the first decides the status, all are listed.
    private static ProblemHttpResult Refused(ShelterOutcome outcome)
    {
        var first = IncidentEndpoints.Problem(outcome.Refusals[0]);
        if (outcome.Refusals.Count == 1) return first;
        return TypedResults.Problem(string.Join("；", outcome.Refusals.Select(r => r.Chinese)) + " / " +
            string.Join("; ", outcome.Refusals.Select(r => r.English)), statusCode: first.StatusCode, title: "Invalid request",
            extensions: new Dictionary<string, object?>
            {
                ["zh"] = string.Join("；", outcome.Refusals.Select(r => r.Chinese)),
                ["en"] = string.Join("; ", outcome.Refusals.Select(r => r.English)),
            });
    }
}
