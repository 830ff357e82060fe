using System.Security.Claims;
using Alerts.Broadcast;
using Alerts.Host.Webhooks;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Households;
using Alerts.Monitoring.Households.Register;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// Household records under /api/monitoring (officials and admins, the group's filter): import a village register as CSV or .xlsx
/// (all or nothing, the row errors in the 400), search, and one record with its members. A household outside the
/// caller's jurisdiction is, to them, not there (404); a register row for a village outside it is refused as unknown.
/// </summary>
internal static class HouseholdsEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapHouseholds(this RouteGroupBuilder group)
    {
        group.MapPost("/households/import", ImportAsync);
        group.MapGet("/households", SearchAsync);
        group.MapGet("/households/{id:long}", GetAsync);
        return group;
    }

    internal sealed record ImportResponse(int Households, int Members, int Villages, int Created, int Updated, int Unchanged);

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, RegisterImporter importer)
    {
        var ct = request.HttpContext.RequestAborted;
        if (request.ContentType is not { } type || !(type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) ||
                                                     type.StartsWith(XlsxType, StringComparison.OrdinalIgnoreCase)))
            return TypedResults.Problem("请以 text/csv 或 .xlsx 上传登记册 / Send the register as text/csv or .xlsx",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        // Kestrel's default body limit (30 MB) is below a large county's register; this endpoint sets its own.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = RegisterText.MaxBytes + 1L;
        var body = await RequestBody.ReadCappedAsync(request, RegisterText.MaxBytes, ct);
        if (body.Length > RegisterText.MaxBytes) return Problems.TooLarge(RegisterText.MaxBytes);
        var account = user.ToAccount();
        var result = await importer.ImportAsync(body, account.Actor, account.RegionCode, ct);
        if (result.Succeeded)
            return TypedResults.Ok(new ImportResponse(result.Households, result.Members, result.Villages, result.Created,
                result.Updated, result.Unchanged));
        return TypedResults.Problem($"登记册有 {result.ErrorCount} 处错误，未导入任何内容 / The register has {result.ErrorCount} errors; nothing was imported",
            statusCode: StatusCodes.Status400BadRequest, title: "Invalid register",
            extensions: new Dictionary<string, object?>
            {
                ["zh"] = $"登记册有 {result.ErrorCount} 处错误，未导入任何内容",
                ["en"] = $"The register has {result.ErrorCount} errors; nothing was imported",
                ["errorCount"] = result.ErrorCount,
                ["rowErrors"] = result.Errors.Select(e => new { e.Row, e.Column, e.Message, Text = e.ToString() }).ToList(),
            });
    }

    private static async Task<Results<Ok<IReadOnlyList<HouseholdSummary>>, ProblemHttpResult>> SearchAsync(
        string? q, string? village, int? page, ClaimsPrincipal user, HouseholdRecordStore store, CancellationToken ct)
    {
        if (page is < 1 or > 100_000) return Problems.Invalid("page 须为 1 到 100000", "page must be 1 to 100000");
        if (village is not null && !DivisionCode.IsWellFormed(village))
            return Problems.Invalid("village 须为 12 位村级区划代码", "village must be a 12-digit village code");
        if (q is { Length: > 50 }) return Problems.Invalid("q 不能超过 50 个字", "q must be at most 50 characters");
        var prefix = DivisionCode.ToPrefix(user.ToAccount().RegionCode)!;
        return TypedResults.Ok(await store.SearchAsync(prefix, q, village, page ?? 1, ct));
    }

    private static async Task<Results<Ok<HouseholdRecord>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, HouseholdRecordStore store, CancellationToken ct)
    {
        // One elsewhere answers exactly as a missing one: nothing of another place shows.
        return await store.GetWithinAsync(id, user.ToAccount().RegionCode, ct) is { } record
            ? TypedResults.Ok(record)
            : Problems.From(Refusal.NotFound($"户 {id} 不存在", $"Household {id} does not exist"));
    }
}
