using System.Globalization;
using Alerts.Monitoring.Households;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// Opening a case by hand: a household's own application (农户申请) or a grid worker's visit (干部走访排查), for a
/// register household or, when the register does not hold it, a village and the head's name (matched to the register
/// when exactly one household of the village has that head). The clock starts at the application's date.
/// </summary>
public sealed class CaseOpening(StoreDb db, RegionStore regions, HouseholdMatcher households, CaseClues clues, AuditStore audit)
{
    private const int MaxName = 30;
    private const int MaxNote = 500;

    /// <summary>What the caller asks: the route, the household (or village and head), the application's date.</summary>
    public sealed record Request(string? Source, long? HouseholdId, string? VillageCode, string? HeadName, DateOnly? AppliedOn,
        string? Note);

    /// <summary>The case opened (or joined, when the household already had one open), or why not.</summary>
    public async Task<(long CaseId, bool Joined, CaseRefusal? Refusal)> OpenAsync(Request request, CaseCaller caller,
        DateTimeOffset now, CancellationToken ct)
    {
        if (Validate(request, now) is { } invalid) return (0, false, invalid);
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        var head = request.HeadName?.Trim();
        string village;
        long? household = request.HouseholdId;
        if (household is { } id)
        {
            // Another place's household answers as a missing one.
            if (await households.VillageOfAsync(c, tx, id, ct) is not { } of || !DivisionCode.Contains(caller.RegionCode, of))
                return (0, false, new CaseRefusal(CaseRefusalKind.NotFound, $"农户 {id} 不存在", $"Household {id} does not exist"));
            village = of;
        }
        else
        {
            village = request.VillageCode!;
            if (!DivisionCode.Contains(caller.RegionCode, village) || await regions.GetAsync(village, ct) is not { Level: 5 })
                return (0, false, CaseRefusal.Invalid("村代码不存在或不在您的辖区", "villageCode is not a village in your jurisdiction"));
            household = await households.MatchAsync(c, tx, village, head!, null, ct);
        }
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var (caseId, joined) = await clues.OpenOrJoinAsync(c, tx,
            new CaseClues.Clue(household, village, head, request.Source!, request.AppliedOn ?? BeijingTime.Today(now), note), caller.Actor, now, ct);
        await audit.AppendAsync(c, tx, caller.Actor, joined ? "monitoring_clue_added" : "monitoring_case_opened", $"case:{caseId}",
            request.Source, ct);
        await work.CommitAsync(ct);
        return (caseId, joined, null);
    }

    /// <summary>An application's date as a form or a request writes it (yyyy-MM-dd; blank = today), or why not.</summary>
    public static (DateOnly? On, CaseRefusal? Refusal) ParseAppliedOn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
            ? (on, null)
            : (null, CaseRefusal.Invalid("申请日期须按 年-月-日 填写，如 2026-07-01", "appliedOn must be yyyy-MM-dd"));
    }

    private static CaseRefusal? Validate(Request r, DateTimeOffset now)
    {
        if (r.Source is not (CaseSources.Application or CaseSources.GridVisit))
            return CaseRefusal.Invalid("source 须为 application（农户申请）或 grid_visit（干部走访排查）",
                "source must be application or grid_visit");
        if (r.HouseholdId is null && (!DivisionCode.IsWellFormed(r.VillageCode) || string.IsNullOrWhiteSpace(r.HeadName)))
            return CaseRefusal.Invalid("请给出农户编号（householdId），或村代码（villageCode）和户主姓名（headName）",
                "Give householdId, or villageCode and headName");
        if (r.HeadName is { } name && name.Trim().Length > MaxName)
            return CaseRefusal.Invalid($"户主姓名不能超过 {MaxName} 字", $"headName is longer than {MaxName} characters");
        if (r.Note is { Length: > MaxNote })
            return CaseRefusal.Invalid($"说明不能超过 {MaxNote} 字", $"The note is longer than {MaxNote} characters");
        var today = BeijingTime.Today(now);
        if (r.AppliedOn is { } on && (on > today || on < today.AddDays(-365)))
            return CaseRefusal.Invalid("申请日期不能晚于今天，也不能早于一年前", "appliedOn must be within the last year and not in the future");
        return null;
    }
}
