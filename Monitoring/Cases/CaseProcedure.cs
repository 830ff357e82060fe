using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// Records a step of the identification procedure (<see cref="CaseSteps"/>) with who and when: a timeline entry, the
/// case moved by a guarded update and an audit entry, in one transaction. A step out of order, by someone who may not
/// take it, or without a needed reason is refused with the reason and changes nothing.
/// </summary>
public sealed class CaseProcedure(StoreDb db, CaseStore cases, CaseStepStore steps, AuditStore audit)
{
    private const int MaxNote = 500;

    /// <summary>Null when recorded; otherwise why not.</summary>
    public async Task<CaseRefusal?> RecordAsync(long caseId, string? step, string? outcome, string? note, CaseCaller caller,
        DateTimeOffset now, CancellationToken ct)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var row = await cases.GetAsync(caseId, ct);
        if (row is null || !DivisionCode.Contains(caller.RegionCode, row.VillageCode)) return CaseRefusal.CaseNotFound(caseId);
        var move = CaseSteps.Find(step, outcome);
        if (Check(move, step, outcome, row, caller, note) is { } refused) return refused;

        if (move!.Step == CaseSteps.CountyDecision)
            return await cases.DecideAsync(caseId, move.Outcome == "enrol", caller.Actor, note, now, ct) ? null : Moved(caseId);

        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (!await steps.AdvanceAsync(c, tx, caseId, move, now, ct)) return Moved(caseId);
        await cases.AppendEventAsync(c, tx, caseId, move.Step, caller.Actor, now, move.Outcome, note, ct);
        await audit.AppendAsync(c, tx, caller.Actor, $"monitoring_{move.Step}", $"case:{caseId}",
            note is null ? move.Outcome : $"{move.Outcome}: {note}", ct);
        await work.CommitAsync(ct);
        return null;
    }

    /// <summary>
    /// The moves <paramref name="caller"/> may take on this case now (a reason, where one is needed, still to be given):
    /// what a page offers, by the same check that records the step.
    /// </summary>
    public static IReadOnlyList<CaseSteps.Move> MovesFor(CaseRow row, CaseCaller caller) =>
        CaseSteps.Moves.Where(m => Check(m, m.Step, m.Outcome, row, caller, note: "-") is null).ToList();

    /// <summary>Why <paramref name="caller"/> may not record this step on this case now, or null.</summary>
    internal static CaseRefusal? Check(CaseSteps.Move? move, string? step, string? outcome, CaseRow row, CaseCaller caller, string? note)
    {
        if (move is null) return Unknown(step, outcome);
        if (DivisionCode.Level(caller.RegionCode) > move.Level || (move.OfficialOnly && !caller.IsOfficial))
            return CaseRefusal.Forbidden($"{CaseSteps.StepToChinese(move.Step)}须由{WhoMay(move.Level)}干部进行",
                $"{move.Step} is for officials of the {LevelName(move.Level)} or above");
        if (move.RuralOfficeOnly && !caller.IsRuralOffice)
            return CaseRefusal.Forbidden("区县认定由乡村振兴部门作出", "The county decision is the rural-revitalisation office's");
        if (move.NeedsReason && note is null)
            return CaseRefusal.Invalid($"{CaseSteps.OutcomeToChinese(move.Outcome)}须写明原因（note）", $"{move.Outcome} needs a reason (note)");
        if (note is { Length: > MaxNote })
            return CaseRefusal.Invalid($"说明不能超过 {MaxNote} 字", $"The note is longer than {MaxNote} characters");
        if (row.Status != move.FromStatus || row.Stage != move.FromStage)
            return CaseRefusal.Conflict(
                $"案例当前为「{CaseStatus.ToChinese(row.Status)}·{CaseSteps.StageToChinese(row.Stage)}」，" +
                $"{CaseSteps.StepToChinese(move.Step)}须在「{CaseSteps.StageToChinese(move.FromStage)}」时进行",
                $"The case is {row.Status}/{row.Stage}; {move.Step} comes when it is {move.FromStatus}/{move.FromStage}");
        return null;
    }

    private static CaseRefusal Unknown(string? step, string? outcome)
    {
        var outcomes = CaseSteps.Moves.Where(m => m.Step == step).Select(m => m.Outcome).ToList();
        return outcomes.Count == 0
            ? CaseRefusal.Invalid("step 须为 village_review、town_revisit、county_decision 或 platform_entry",
                $"Unknown step '{step}': use village_review, town_revisit, county_decision or platform_entry")
            : CaseRefusal.Invalid($"{CaseSteps.StepToChinese(step!)}的 outcome 须为 {string.Join("、", outcomes)}",
                $"Unknown outcome '{outcome}' for {step}: use {string.Join(", ", outcomes)}");
    }

    // Checked a moment ago, moved since: somebody else recorded a step in between.
    private static CaseRefusal Moved(long id) =>
        CaseRefusal.Conflict($"监测案例 {id} 刚被他人处理，请刷新后再试", $"Case {id} was changed meanwhile; reload and try again");

    private static string WhoMay(int level) => level switch { 5 => "本村或以上", 4 => "镇街或以上", _ => "区县或以上" };

    private static string LevelName(int level) => level switch { 5 => "village", 4 => "town", _ => "county" };
}
