using System.Data.Common;
using System.Globalization;
using Alerts.Monitoring.Assessment;
using Alerts.Store.Database;
using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// A clue that is not a report (an application, a grid worker's visit, a department's list) opens the household's case,
/// or joins its open one (one open case per household). The 15-day clock starts at the clue's date: an application
/// dated yesterday has one day less. Nothing is assessed here: no income or type is guessed for the household; the
/// town's re-visit records what is found. Joins the caller's transaction.
/// </summary>
public sealed class CaseClues(CaseStore cases, IOptions<RiskThresholdsOptions> thresholds)
{
    /// <summary>A clue: the register household if known, else the village and the head's name as given.</summary>
    public sealed record Clue(long? HouseholdId, string VillageCode, string? HeadName, string Source, DateOnly On, string? Note);

    /// <summary>The case the clue opened or joined, and whether it joined one already open.</summary>
    public async Task<(long CaseId, bool Joined)> OpenOrJoinAsync(DbConnection c, DbTransaction tx, Clue clue, string actor,
        DateTimeOffset now, CancellationToken ct)
    {
        if (clue.HouseholdId is { } household && await cases.OpenCaseOfHouseholdAsync(c, tx, household, ct) is { } open)
        {
            await cases.AppendEventAsync(c, tx, open, "clue", actor, now, clue.Source, clue.Note, ct);
            return (open, true);
        }
        var opened = ClockStart(clue.On, now);
        var deadline = clue.On.AddDays(thresholds.Value.CandidateDeadlineDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = await cases.InsertAsync(c, tx, new CaseStore.NewCase(clue.HouseholdId, clue.VillageCode, clue.Source, null, "[]",
            RedWarning: false, null, "", opened, deadline) { HeadName = clue.HouseholdId is null ? clue.HeadName : null }, now, ct);
        await cases.AppendEventAsync(c, tx, id, "clue", actor, opened, clue.Source, clue.Note, ct);
        return (id, false);
    }

    /// <summary>When a clue dated <paramref name="on"/> starts the clock: now if it is today, else that Beijing midnight.</summary>
    public static DateTimeOffset ClockStart(DateOnly on, DateTimeOffset now) =>
        on >= BeijingTime.Today(now) ? now : new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), BeijingTime.Offset).ToUniversalTime();
}
