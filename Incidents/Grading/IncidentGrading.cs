using System.Data.Common;
using System.Text.Json;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Upward;

namespace Alerts.Incidents.Grading;

/// <summary>
/// Recomputes an incident's grade wherever its figures can change (an item joins or moves, a report is confirmed, a
/// figure is set). When the grade in force or either part changes: the incident, a history row and the timeline are
/// written, and reaching 大型 or 特大型 drafts the county's report to the municipality (art. 35). Joins the caller's
/// transaction, so the grade commits with the change that caused it.
/// </summary>
public sealed class IncidentGrading(IncidentStore incidents, IncidentFigures figures, IncidentGradeStore grades,
    GradingTables tables, UpwardReports upward)
{
    /// <param name="cause">What changed the figures, in Chinese, for the timeline ("报告100012已核实").</param>
    /// <returns>The new outcome when the grade changed, else null.</returns>
    public async Task<GradeOutcome?> RegradeAsync(DbConnection c, DbTransaction tx, long incidentId, string cause,
        DateTimeOffset now, CancellationToken ct)
    {
        if (await incidents.GetAsync(c, tx, incidentId, ct) is not { } incident) return null;
        var table = tables.For(incident.Family);
        // A family with no table is 未分级 whatever its figures: every flood or weather report that joins would otherwise
        // read all of its incident's reports again, for nothing.
        if (table is null && incident is { Grade: IncidentGrades.Unclassified, DisasterGrade: null, DangerGrade: null }) return null;
        var sheet = await figures.ReadAsync(c, tx, incidentId, ct);
        var outcome = Grader.Grade(table, sheet.InForce);
        if ((outcome.Grade, outcome.DisasterGrade, outcome.DangerGrade) == (incident.Grade, incident.DisasterGrade, incident.DangerGrade))
            return null;
        var json = JsonSerializer.Serialize(sheet.InForce.ToDictionary(p => p.Key, p => new[] { p.Value.Least, p.Value.Most }));
        if (!await grades.ChangeAsync(c, tx, incident, outcome, json, now, ct)) return null;
        await incidents.AppendEventAsync(c, tx, incidentId, "graded", "system",
            $"{IncidentGrades.ToChinese(incident.Grade)}→{IncidentGrades.ToChinese(outcome.Grade)}：{outcome.Reason}（{cause}）", now, ct);
        if (IncidentGrades.MustReportUp(outcome.Grade))
            await upward.DraftAsync(c, tx, incident with { Grade = outcome.Grade }, outcome.Grade, outcome.Reason,
                sheet.Figures.Select(f => f.Line).ToList(), now, ct);
        return outcome;
    }
}
