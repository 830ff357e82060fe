using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Monitoring.Screening;

/// <summary>
/// 部门筛查预警: a department's list becomes clues. Each row is matched to a register household (<see cref="HouseholdMatcher"/>);
/// a matched household without an open case gets one (source department_screening, clock from the list's date), one
/// with an open case gets a clue on its timeline; an unmatched row stays a clue for the village to place. All or
/// nothing: a list with any bad line (or a village outside the caller's jurisdiction) imports nothing. Importing the
/// same list again adds nothing (one clue per office, village, head, reason and date). Audited.
/// </summary>
public sealed class ScreeningImport(StoreDb db, RegionStore regions, ScreeningStore clues, HouseholdMatcher households,
    CaseClues cases, AuditStore audit)
{
    /// <summary>Largest list accepted, in bytes: 20,000 rows of a few short cells fit well inside.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <param name="office">civil_affairs, medical_insurance, housing or water (or 民政, 医保, 住建, 水利).</param>
    public async Task<ScreeningResult> ImportAsync(string? office, string text, CaseCaller caller, DateTimeOffset now,
        CancellationToken ct)
    {
        if (ScreeningDepartments.Parse(office) is not { } department)
            return new ScreeningResult { Errors = [new(0, "department 须为 civil_affairs（民政）、medical_insurance（医保）、housing（住建）或 water（水利）",
                "department must be civil_affairs, medical_insurance, housing or water")] };
        var (rows, errors) = ScreeningCsv.Parse(text, BeijingTime.Today(now));
        await CheckVillagesAsync(rows, caller, errors, ct);
        if (errors.Count > 0) return new ScreeningResult { Rows = rows.Count, Errors = [.. errors.OrderBy(e => e.Line)] };

        var (imported, matched, opened, joined) = (0, 0, 0, 0);
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        var name = ScreeningDepartments.Chinese[department];
        foreach (var row in rows)
        {
            if (await clues.InsertAsync(c, tx, department, row, caller.Actor, now, ct) is not { } clue) continue;
            imported++;
            if (await households.MatchAsync(c, tx, row.VillageCode, row.HeadName, row.RegisterNo, ct) is not { } household) continue;
            matched++;
            var (caseId, didJoin) = await cases.OpenOrJoinAsync(c, tx, new CaseClues.Clue(household, row.VillageCode, row.HeadName,
                CaseSources.DepartmentScreening, row.ListedOn, $"{name}：{row.Reason}"), caller.Actor, now, ct);
            await clues.LinkAsync(c, tx, clue, household, caseId, ct);
            if (didJoin) joined++; else opened++;
        }
        var result = new ScreeningResult
        {
            Rows = rows.Count, Imported = imported, Duplicates = rows.Count - imported, Matched = matched, Opened = opened, Joined = joined,
        };
        await audit.AppendAsync(c, tx, caller.Actor, "screening_imported", $"screening:{department}",
            $"rows={result.Rows} imported={imported} duplicates={result.Duplicates} matched={matched} opened={opened} joined={joined}", ct);
        await work.CommitAsync(ct);
        return result;
    }

    // A village the caller does not answer for reads like one that does not exist: nothing of another place shows.
    private async Task CheckVillagesAsync(List<ScreeningRow> rows, CaseCaller caller, List<ScreeningError> errors, CancellationToken ct)
    {
        var known = new Dictionary<string, bool>();
        foreach (var row in rows)
        {
            if (!known.TryGetValue(row.VillageCode, out var ok))
                known[row.VillageCode] = ok = DivisionCode.Contains(caller.RegionCode, row.VillageCode)
                    && await regions.GetAsync(row.VillageCode, ct) is { Level: 5 };
            if (!ok) errors.Add(new(row.Line, "村代码不存在或不在您的辖区", "村代码 is not a village in your jurisdiction"));
        }
    }
}
