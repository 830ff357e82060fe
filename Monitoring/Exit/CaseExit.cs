using System.Data.Common;
using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.Cases;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Dapper;
using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Exit;

/// <summary>
/// 风险消除, 退出监测: the criteria are checked on the household's record and shown; an exit whose criteria are not all
/// met is refused with the failing ones unless an official confirms it after review. The decision record — who, when,
/// which criteria were met, the note — goes on the timeline and in the audit log; the household stops being 监测户
/// and its helper is told.
/// </summary>
public sealed class CaseExit(StoreDb db, CaseStore cases, AuditStore audit, NotificationStore notifications,
    IOptions<RiskThresholdsOptions> thresholds)
{
    public const int MaxNote = 500;

    private const string SelectFacts = """
        SELECT m.status, m.household_id, h.helper_id, h.head_name, r.name AS village_name, h.income_per_person_yuan,
               h.income_year, h.food_secure, h.clothing_secure, h.education_secure, h.medical_secure, h.housing_secure,
               h.water_secure,
               (SELECT COUNT(*) FROM case_measures cm WHERE cm.case_id = m.id AND cm.state IN ('planned', 'in_progress')) AS open_measures
        FROM monitoring_cases m
        JOIN regions r ON r.code = m.village_code
        LEFT JOIN households h ON h.id = m.household_id
        WHERE m.id = @Id
        """;
    private const string Close = """
        UPDATE monitoring_cases SET status = 'exited', closed_utc = @Now, updated_utc = @Now WHERE id = @Id AND status = 'monitored'
        """;
    private const string Unmark = "UPDATE households SET is_monitored = 0, updated_utc = @Now WHERE id = @Id";

    /// <summary>An exit as an official asks for it: a note on the review, and whether they confirm despite unmet criteria.</summary>
    public sealed record Request(string? Note, bool Confirm);

    /// <summary>The criteria as they stand, without changing anything.</summary>
    public async Task<ExitDecision> CheckAsync(long caseId, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var facts = await FactsAsync(c, null, caseId, ct);
        return facts is null
            ? new ExitDecision(CareResult.NotFound(caseId), [])
            : new ExitDecision(CareResult.Done, ExitCriteria.Check(facts, BeijingTime.Today(now).Year, thresholds.Value));
    }

    /// <param name="mayConfirm">The caller is an official, who may confirm an exit whose criteria are not all met.</param>
    public async Task<ExitDecision> ExitAsync(long caseId, Request request, string actor, bool mayConfirm, DateTimeOffset now,
        CancellationToken ct)
    {
        var note = request.Note?.Trim() ?? "";
        if (note.Length == 0) return Refused(CareResult.Invalid("请写明复核意见（note）", "An exit needs the review's note"));
        if (note.Length > MaxNote) return Refused(CareResult.Invalid($"复核意见最多 {MaxNote} 字", $"The note is longer than {MaxNote} characters"));
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await FactsAsync(c, tx, caseId, ct) is not { } facts) return Refused(CareResult.NotFound(caseId));
        if (facts.Status != CaseStatus.Monitored)
            return Refused(CareResult.Conflict("只有监测户可以标注风险消除", "Only a monitored case can exit"));
        var decision = new ExitDecision(CareResult.Done, ExitCriteria.Check(facts, BeijingTime.Today(now).Year, thresholds.Value));
        if (!decision.AllMet && !(request.Confirm && mayConfirm))
            return decision with { Result = Unmet(decision, request.Confirm) };

        await c.ExecuteAsync(new CommandDefinition(Close, new { Id = caseId, Now = now }, tx, cancellationToken: ct));
        if (facts.HouseholdId is { } household)
            await c.ExecuteAsync(new CommandDefinition(Unmark, new { Id = household, Now = now }, tx, cancellationToken: ct));
        var outcome = decision.AllMet ? "criteria_met" : "confirmed_unmet";
        var record = $"{note}｜{ExitCriteria.Summary(decision.Criteria)}";
        await cases.AppendEventAsync(c, tx, caseId, "exit", actor, now, outcome, record, ct);
        await audit.AppendAsync(c, tx, actor, "monitoring_exited", $"case:{caseId}", $"{outcome}｜{record}", ct);
        if (facts.HelperId is { } helper)
            await notifications.InsertAsync(c, tx, helper,
                $"监测户{facts.HeadName ?? "（户主不详）"}家（{facts.VillageName}，案例{caseId}）经复核风险已消除，退出监测，不用再每周走访。谢谢您的帮扶。",
                "monitoring_exited", now, ct);
        await work.CommitAsync(ct);
        return decision;
    }

    private static ExitDecision Refused(CareResult result) => new(result, []);

    private static CareResult Unmet(ExitDecision decision, bool triedToConfirm)
    {
        var failing = string.Join("、", decision.Criteria.Where(c => !c.Met).Select(c => $"{c.Name}（{c.Found}）"));
        var keys = string.Join(", ", decision.Criteria.Where(c => !c.Met).Select(c => c.Key));
        return triedToConfirm
            ? new CareResult(CareOutcome.Forbidden, $"未达到退出标准：{failing}。只有干部可以复核后确认退出",
                $"Exit criteria not met ({keys}); only an official may confirm the exit")
            : new CareResult(CareOutcome.Unmet, $"未达到退出标准：{failing}。如经复核确已消除风险，请干部确认（confirm: true）",
                $"Exit criteria not met ({keys}); an official may confirm after review (confirm: true)");
    }

    private static Task<ExitFacts?> FactsAsync(DbConnection c, DbTransaction? tx, long caseId, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<ExitFacts>(new CommandDefinition(SelectFacts, new { Id = caseId }, tx, cancellationToken: ct));
}
