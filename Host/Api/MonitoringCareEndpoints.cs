using System.Security.Claims;
using System.Text.Json;
using Alerts.Identity;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.CheckIns;
using Alerts.Monitoring.Exit;
using Alerts.Monitoring.Measures;
using Alerts.Store.Database;
using Alerts.Store.People;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// After enrolment (防止返贫监测 item 5), under /api/monitoring: name the household's helper, propose and choose help
/// measures, record a visit, check the exit criteria and exit. Officials' and admins' keys (the group's filter); a case
/// outside the caller's jurisdiction is answered as a missing one; only an official confirms an exit whose criteria
/// are not all met.
/// </summary>
internal static class MonitoringCareEndpoints
{
    public static RouteGroupBuilder MapMonitoringCare(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{id:long}/helper", AssignHelperAsync);
        group.MapGet("/cases/{id:long}/measures", MeasuresAsync);
        group.MapPost("/cases/{id:long}/measures", ChooseMeasureAsync);
        group.MapPost("/cases/{id:long}/checkins", CheckInAsync);
        group.MapGet("/cases/{id:long}/exit", ExitCriteriaAsync);
        group.MapPost("/cases/{id:long}/exit", ExitAsync);
        return group;
    }

    /// <summary>person: the helper's id or mobile number (a JSON number or string).</summary>
    internal sealed record HelperRequest(JsonElement? Person);

    internal sealed record CheckInRequest(string? Notes);

    internal sealed record MeasuresResponse(string? Labour, string LabourName, IReadOnlyList<Measure> Proposed, IReadOnlyList<ChosenMeasure> Chosen);

    internal sealed record ExitResponse(string Status, bool AllMet, IReadOnlyList<ExitCriterion> Criteria);

    private static async Task<Results<NoContent, ProblemHttpResult>> AssignHelperAsync(long id, HelperRequest? body, ClaimsPrincipal user,
        CareStore care, PersonStore people, HelperAssignment helpers, TimeProvider clock, CancellationToken ct)
    {
        var account = user.ToAccount();
        if (!await care.IsUnderAsync(id, account.RegionCode, ct)) return CareProblems.NotFound(id);
        var text = body?.Person is { ValueKind: JsonValueKind.Number or JsonValueKind.String } p
            ? (p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText())?.Trim() : null;
        if (string.IsNullOrEmpty(text)) return Problems.Invalid("请给出帮扶责任人（person：编号或手机号）", "person (id or mobile number) is required");
        if (await PersonRef.FindAsync(people, text, ct) is not { } person)
            return Problems.Invalid($"找不到 {text}", $"No person {text}");
        var result = await helpers.AssignAsync(id, person.Id, account.Actor, clock.GetUtcNow(), ct);
        return result.IsDone ? TypedResults.NoContent() : CareProblems.From(result);
    }

    private static async Task<Results<Ok<MeasuresResponse>, ProblemHttpResult>> MeasuresAsync(long id, ClaimsPrincipal user,
        CareStore care, MeasureAdvisor advisor, MeasureStore measures, CancellationToken ct)
    {
        if (!await care.IsUnderAsync(id, user.ToAccount().RegionCode, ct) || await care.GetAsync(id, ct) is not { } @case)
            return CareProblems.NotFound(id);
        return TypedResults.Ok(new MeasuresResponse(@case.Labour, LabourCapacity.ToChinese(@case.Labour),
            advisor.Propose(@case.RiskTypeNames, @case.Labour), await measures.ListAsync(id, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChooseMeasureAsync(long id, MeasureStore.Choice? body,
        ClaimsPrincipal user, CareStore care, MeasureStore measures, TimeProvider clock, CancellationToken ct)
    {
        var account = user.ToAccount();
        if (!await care.IsUnderAsync(id, account.RegionCode, ct)) return CareProblems.NotFound(id);
        var result = await measures.ChooseAsync(id, body ?? new MeasureStore.Choice(null, null, null), account.Actor, clock.GetUtcNow(), ct);
        return result.IsDone ? TypedResults.NoContent() : CareProblems.From(result);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CheckInAsync(long id, CheckInRequest? body, ClaimsPrincipal user,
        CareStore care, StoreDb db, CheckInRecorder recorder, TimeProvider clock, CancellationToken ct)
    {
        var account = user.ToAccount();
        if (!await care.IsUnderAsync(id, account.RegionCode, ct)) return CareProblems.NotFound(id);
        await using var work = await db.BeginAsync(ct);
        var result = await recorder.RecordAsync(work, id, visitorId: null, body?.Notes, "api", account.Actor, clock.GetUtcNow(), ct);
        if (!result.IsDone) return CareProblems.From(result);
        await work.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ExitResponse>, ProblemHttpResult>> ExitCriteriaAsync(long id, ClaimsPrincipal user,
        CareStore care, CaseExit exit, TimeProvider clock, CancellationToken ct)
    {
        if (!await care.IsUnderAsync(id, user.ToAccount().RegionCode, ct)) return CareProblems.NotFound(id);
        var d = await exit.CheckAsync(id, clock.GetUtcNow(), ct);
        var status = (await care.GetAsync(id, ct))?.Status ?? "";
        return d.Result.IsDone ? TypedResults.Ok(new ExitResponse(status, d.AllMet, d.Criteria)) : CareProblems.From(d.Result);
    }

    private static async Task<Results<Ok<ExitResponse>, ProblemHttpResult>> ExitAsync(long id, CaseExit.Request? body, ClaimsPrincipal user,
        CareStore care, CaseExit exit, TimeProvider clock, CancellationToken ct)
    {
        var account = user.ToAccount();
        if (!await care.IsUnderAsync(id, account.RegionCode, ct)) return CareProblems.NotFound(id);
        var d = await exit.ExitAsync(id, body ?? new CaseExit.Request(null, false), account.Actor,
            mayConfirm: account.MayConfirmExit(), clock.GetUtcNow(), ct);
        return d.Result.IsDone ? TypedResults.Ok(new ExitResponse(CaseStatus.Exited, d.AllMet, d.Criteria)) : CareProblems.From(d);
    }

}
