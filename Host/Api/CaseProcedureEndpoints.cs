using System.Security.Claims;
using System.Text;
using Alerts.Broadcast;
using Alerts.Host.Webhooks;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Platform;
using Alerts.Monitoring.Screening;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// The identification procedure over HTTP: open a case by application or grid visit, record its steps (村级审查,
/// 镇街审核, 区县认定, 录入平台), read it with its timeline, import a department's screening list, and export the enrolled
/// cases still to be keyed into the provincial platform. Grid workers may open, read and step the cases of their
/// village; the rules of who may take which step are Monitoring's (<see cref="CaseSteps"/>).
/// </summary>
internal static class CaseProcedureEndpoints
{
    public static RouteGroupBuilder MapCaseProcedure(this RouteGroupBuilder group)
    {
        group.MapPost("/cases", OpenAsync).WithMetadata(GridWorkersMayCall.Instance);
        group.MapGet("/cases/{id:long}", GetAsync).WithMetadata(GridWorkersMayCall.Instance);
        group.MapPost("/cases/{id:long}/steps", StepAsync).WithMetadata(GridWorkersMayCall.Instance);
        group.MapGet("/cases/export", ExportAsync);
        group.MapPost("/screening", ImportAsync);
        return group;
    }

    internal sealed record OpenRequest(string? Source, long? HouseholdId, string? VillageCode, string? HeadName, string? AppliedOn, string? Note);

    internal sealed record OpenResponse(long Id, bool Joined);

    internal sealed record StepRequest(string? Step, string? Outcome, string? Note);

    internal sealed record CaseResponse(CaseRow Case, IReadOnlyList<CaseEvent> Timeline);

    /// <summary>The caller as Monitoring's rules see them; an admin counts as an official of the deciding office.</summary>
    internal static CaseCaller ToCaseCaller(this Account a) => new(a.Actor, a.RegionCode,
        IsOfficial: a.Role is AccountRoles.Official or AccountRoles.Admin,
        IsRuralOffice: a.Role == AccountRoles.Admin || a.Department == Departments.Rural);

    /// <summary>Officials and admins work the whole of monitoring; a grid worker only what is marked for them.</summary>
    internal static bool IsOfficialOrAdmin(this Account a) => a.Role is AccountRoles.Official or AccountRoles.Admin;

    /// <summary>Only an official confirms, after review, an exit whose criteria are not all met; an admin may not.</summary>
    internal static bool MayConfirmExit(this Account a) => a.Role == AccountRoles.Official;

    internal static ProblemHttpResult Problem(CaseRefusal r) => Problems.From(r.Kind switch
    {
        CaseRefusalKind.NotFound => Refusal.NotFound(r.Chinese, r.English),
        CaseRefusalKind.Forbidden => Refusal.Forbidden(r.Chinese, r.English),
        CaseRefusalKind.Conflict => Refusal.Conflict(r.Chinese, r.English),
        _ => new Refusal(RefusalKind.Invalid, "Invalid request", r.Chinese, r.English),
    });

    private static async Task<Results<Created<OpenResponse>, Ok<OpenResponse>, ProblemHttpResult>> OpenAsync(
        OpenRequest body, ClaimsPrincipal user, CaseOpening opening, TimeProvider clock, CancellationToken ct)
    {
        var (on, badDate) = CaseOpening.ParseAppliedOn(body.AppliedOn);
        if (badDate is not null) return Problem(badDate);
        var (id, joined, refusal) = await opening.OpenAsync(
            new CaseOpening.Request(body.Source, body.HouseholdId, body.VillageCode, body.HeadName, on, body.Note),
            user.ToAccount().ToCaseCaller(), clock.GetUtcNow(), ct);
        if (refusal is not null) return Problem(refusal);
        return joined ? TypedResults.Ok(new OpenResponse(id, true)) : TypedResults.Created($"/api/monitoring/cases/{id}", new OpenResponse(id, false));
    }

    private static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, CaseStore cases,
        CancellationToken ct)
    {
        // Another place's case answers exactly as a missing one.
        if (await cases.GetAsync(id, ct) is not { } row || !DivisionCode.Contains(user.ToAccount().RegionCode, row.VillageCode))
            return Problem(CaseRefusal.CaseNotFound(id));
        return TypedResults.Ok(new CaseResponse(row, await cases.EventsAsync(id, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StepAsync(long id, StepRequest body, ClaimsPrincipal user,
        CaseProcedure procedure, TimeProvider clock, CancellationToken ct) =>
        await procedure.RecordAsync(id, body.Step, body.Outcome, body.Note, user.ToAccount().ToCaseCaller(), clock.GetUtcNow(), ct)
            is { } refusal ? Problem(refusal) : TypedResults.NoContent();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string? format, ClaimsPrincipal user,
        PlatformExport export, CancellationToken ct)
    {
        if (format != "platform") return Problems.Invalid("format 须为 platform", "format must be platform");
        var prefix = DivisionCode.ToPrefix(user.ToAccount().RegionCode)!;
        return TypedResults.File(await export.WriteAsync(prefix, ct), "text/csv; charset=utf-8", $"platform-export-{prefix}.csv");
    }

    private static async Task<Results<Ok<ScreeningResult>, ProblemHttpResult>> ImportAsync(string? department, HttpRequest request,
        ClaimsPrincipal user, ScreeningImport import, TimeProvider clock)
    {
        var ct = request.HttpContext.RequestAborted;
        var body = await RequestBody.ReadCappedAsync(request, ScreeningImport.MaxBytes, ct);
        if (body.Length > ScreeningImport.MaxBytes) return Problems.TooLarge(ScreeningImport.MaxBytes);
        var result = await import.ImportAsync(department, Encoding.UTF8.GetString(body), user.ToAccount().ToCaseCaller(), clock.GetUtcNow(), ct);
        if (result.Errors.Count == 0) return TypedResults.Ok(result);
        var errors = result.Errors.GroupBy(e => e.Line == 0 ? "department" : $"line {e.Line}")
            .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Chinese} / {e.English}").ToArray());
        return Problems.From(new Refusal(RefusalKind.Invalid, "Invalid list", "名单有误，未导入任何一行", "The list has errors; nothing was imported")
        {
            Errors = errors,
        });
    }
}
