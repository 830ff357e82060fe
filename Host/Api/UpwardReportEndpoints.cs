using System.Security.Claims;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alerts.Host.Api;

/// <summary>
/// The county's report to the municipality (art. 35) over HTTP: the record of an incident's reports up (the console's
/// countdown), edits to the draft before sending, and recording that it was sent and that the municipality acknowledged
/// it. The rules (county officials or above, jurisdiction, once only) are Incidents' <see cref="UpwardRecording"/>.
/// </summary>
internal static class UpwardReportEndpoints
{
    public static RouteGroupBuilder MapUpwardReports(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:long}/upward", ListAsync);
        group.MapPut("/{id:long}/upward/{reportId:long}/draft", EditDraftAsync);
        group.MapPost("/{id:long}/upward/{reportId:long}/sent", SentAsync);
        group.MapPost("/{id:long}/upward/{reportId:long}/acknowledged", AcknowledgedAsync);
        return group;
    }

    internal sealed record DraftRequest(string? Text);

    /// <param name="Via">电话, 传真, 政务平台 or 其他 (phone, fax, platform, other).</param>
    /// <param name="Text">What was actually sent; omitted for the draft as it stands.</param>
    internal sealed record SentRequest(string? Via, string? Text);

    /// <param name="By">Who at the municipality acknowledged, as they were told.</param>
    internal sealed record AcknowledgedRequest(string? By);

    private static async Task<Results<Ok<IReadOnlyList<UpwardReportView>>, ProblemHttpResult>> ListAsync(long id, ClaimsPrincipal user,
        UpwardReading reading, TimeProvider clock, CancellationToken ct)
    {
        var (reports, refusal) = await reading.OfIncidentAsync(user.ToAccount().ToIncidentCaller(), id, clock.GetUtcNow(), ct);
        return refusal is null ? TypedResults.Ok(reports!) : IncidentEndpoints.Problem(refusal);
    }

    private static async Task<Results<Ok<UpwardReportView>, ProblemHttpResult>> EditDraftAsync(long id, long reportId, DraftRequest body,
        ClaimsPrincipal user, UpwardRecording recording, UpwardReading reading, TimeProvider clock, CancellationToken ct)
    {
        var caller = user.ToAccount().ToIncidentCaller();
        return await AfterAsync(await recording.EditDraftAsync(caller, id, reportId, body.Text, clock.GetUtcNow(), ct), caller, id, reportId,
            reading, clock, ct);
    }

    private static async Task<Results<Ok<UpwardReportView>, ProblemHttpResult>> SentAsync(long id, long reportId, SentRequest body,
        ClaimsPrincipal user, UpwardRecording recording, UpwardReading reading, TimeProvider clock, CancellationToken ct)
    {
        var caller = user.ToAccount().ToIncidentCaller();
        return await AfterAsync(await recording.MarkSentAsync(caller, id, reportId, body.Via, body.Text, clock.GetUtcNow(), ct), caller, id,
            reportId, reading, clock, ct);
    }

    private static async Task<Results<Ok<UpwardReportView>, ProblemHttpResult>> AcknowledgedAsync(long id, long reportId,
        AcknowledgedRequest body, ClaimsPrincipal user, UpwardRecording recording, UpwardReading reading, TimeProvider clock, CancellationToken ct)
    {
        var caller = user.ToAccount().ToIncidentCaller();
        return await AfterAsync(await recording.MarkAcknowledgedAsync(caller, id, reportId, body.By, clock.GetUtcNow(), ct), caller, id,
            reportId, reading, clock, ct);
    }

    /// <summary>The report as it now stands, or the refusal.</summary>
    private static async Task<Results<Ok<UpwardReportView>, ProblemHttpResult>> AfterAsync(IncidentRefusal? refusal, IncidentCaller caller,
        long id, long reportId, UpwardReading reading, TimeProvider clock, CancellationToken ct)
    {
        if (refusal is not null) return IncidentEndpoints.Problem(refusal);
        var (reports, _) = await reading.OfIncidentAsync(caller, id, clock.GetUtcNow(), ct);
        return TypedResults.Ok(reports!.Single(r => r.Id == reportId));
    }
}
