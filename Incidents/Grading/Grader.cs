using System.Globalization;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;

namespace Alerts.Incidents.Grading;

/// <summary>
/// Art. 5 applied to figures: within a part, the criterion reaching the highest grade gives it; the grade in force is
/// the higher part. A range is graded on its MOST (按上限): a county that under-reports breaks art. 36's ban on
/// concealment, so the benefit of the doubt goes to reporting up.
/// </summary>
public static class Grader
{
    public const string DisasterPart = "灾情";
    public const string DangerPart = "险情";

    public static GradeOutcome Grade(GradingTable? table, IReadOnlyDictionary<string, FigureRange> figures)
    {
        if (table is null) return new GradeOutcome(IncidentGrades.Unclassified, null, null, "该灾种未配置分级标准，未分级");
        var disaster = Part(DisasterPart, table.Disaster, figures);
        var danger = Part(DangerPart, table.Danger, figures);
        if (disaster is null && danger is null)
            return new GradeOutcome(IncidentGrades.Unclassified, null, null, "尚无可分级的数字，未分级");
        var grade = IncidentGrades.Higher(disaster?.Grade, danger?.Grade);
        // The part in force speaks first: the upward report reads its kind (灾情 or 险情) from the reason's start.
        var parts = new[] { disaster, danger }.OfType<PartGrade>()
            .OrderByDescending(p => IncidentGrades.Rank(p.Grade)).Select(p => p.Reason);
        return new GradeOutcome(grade, disaster?.Grade, danger?.Grade, string.Join("；", parts));
    }

    private static PartGrade? Part(string part, IReadOnlyList<GradingCriterion> criteria, IReadOnlyDictionary<string, FigureRange> figures)
    {
        PartGrade? best = null;
        foreach (var c in criteria)
        {
            if (!figures.TryGetValue(c.Figure, out var range)) continue;
            var t = c.Thresholds.First(t => range.Most >= t.AtLeast);
            if (best is not null && IncidentGrades.Rank(t.Grade) <= IncidentGrades.Rank(best.Grade)) continue;
            var value = range.IsExact ? Amount(range.Most, c.Figure) : $"{Amount(range.Least, c.Figure)}至{Amount(range.Most, c.Figure)}，按上限";
            best = new PartGrade(t.Grade, $"{part}：{FigureKeys.ToChinese(c.Figure)}{value}，达到{IncidentGrades.ToChinese(t.Grade)}（{t.Words}）");
        }
        return best;
    }

    private static string Amount(long value, string figure) =>
        value.ToString("N0", CultureInfo.InvariantCulture) + FigureKeys.Unit(figure);

    private sealed record PartGrade(string Grade, string Reason);
}
