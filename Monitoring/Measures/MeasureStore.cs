using System.Data.Common;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.Cases;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Monitoring.Measures;

/// <summary>
/// The measures chosen for a case, each with its state; every choice or change is a timeline event and an audit entry.
/// Measures may be chosen while the case is still being identified (help first, paperwork after: 004 三(二)4).
/// </summary>
public sealed class MeasureStore(StoreDb db, MeasureCatalog catalog, CareStore care, CaseStore cases, AuditStore audit)
{
    public const int MaxNote = 500;

    private const string Select = """
        SELECT measure, state, note, created_utc, updated_utc FROM case_measures WHERE case_id = @CaseId ORDER BY id
        """;
    private const string SelectState = "SELECT state FROM case_measures WHERE case_id = @CaseId AND measure = @Measure";
    private const string Upsert = """
        INSERT INTO case_measures (case_id, measure, state, note, created_utc, updated_utc)
        VALUES (@CaseId, @Measure, @State, @Note, @Now, @Now)
        ON CONFLICT (case_id, measure) DO UPDATE SET state = excluded.state, note = COALESCE(excluded.note, case_measures.note),
                                                     updated_utc = excluded.updated_utc
        """;

    /// <summary>A measure request as officials send it.</summary>
    public sealed record Choice(string? Measure, string? State, string? Note);

    public async Task<IReadOnlyList<ChosenMeasure>> ListAsync(long caseId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await ListAsync(c, null, caseId, ct);
    }

    public async Task<IReadOnlyList<ChosenMeasure>> ListAsync(DbConnection c, DbTransaction? tx, long caseId, CancellationToken ct)
    {
        var rows = await c.QueryAsync<ChosenMeasure>(new CommandDefinition(Select, new { CaseId = caseId }, tx, cancellationToken: ct));
        return rows.Select(r => r with { Name = catalog.Find(r.Measure)?.Name ?? r.Measure }).ToList();
    }

    public async Task<CareResult> ChooseAsync(long caseId, Choice choice, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var measure = catalog.Find(choice.Measure?.Trim());
        var state = choice.State?.Trim() ?? MeasureState.Planned;
        var note = string.IsNullOrWhiteSpace(choice.Note) ? null : choice.Note.Trim();
        if (measure is null)
            return CareResult.Invalid($"没有这项帮扶措施：{choice.Measure}（见 measures.json）", $"Unknown measure '{choice.Measure}'");
        if (!MeasureState.All.Contains(state))
            return CareResult.Invalid("state 须为 planned、in_progress、done 或 dropped", "state must be planned, in_progress, done or dropped");
        if (note is { Length: > MaxNote }) return CareResult.Invalid($"备注最多 {MaxNote} 字", $"The note is longer than {MaxNote} characters");

        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await care.GetAsync(c, tx, caseId, ct) is not { } @case) return CareResult.NotFound(caseId);
        if (!CaseStatus.IsOpen(@case.Status))
            return CareResult.Conflict("案例已结束，不能再安排帮扶措施", "The case is closed; measures can no longer change");
        if (MeasureState.IsOpen(state) && measure.IsBarredFor(@case.Labour))
            return CareResult.Invalid($"该户登记为无劳动能力，{measure.GroupName}不适用，请选综合保障等措施（如登记有误，先更正劳动能力）",
                $"The household is recorded without labour capacity: {measure.Group} measures do not apply");

        var before = await c.ExecuteScalarAsync<string?>(new CommandDefinition(SelectState,
            new { CaseId = caseId, Measure = measure.Key }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(Upsert,
            new { CaseId = caseId, Measure = measure.Key, State = state, Note = note, Now = now }, tx, cancellationToken: ct));
        var step = $"{measure.Name}：{MeasureState.ToChinese(before)} → {MeasureState.ToChinese(state)}";
        await cases.AppendEventAsync(c, tx, caseId, "measure", actor, now, $"{measure.Key}:{state}",
            note is null ? step : $"{step}（{note}）", ct);
        await audit.AppendAsync(c, tx, actor, "monitoring_measure", $"case:{caseId}", $"{measure.Key}:{state}", ct);
        await work.CommitAsync(ct);
        return CareResult.Done;
    }
}
