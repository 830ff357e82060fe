using System.Data.Common;
using Alerts.Incidents.Core;
using Dapper;

namespace Alerts.Incidents.Grading;

/// <summary>An incident's grade in force and its history (incident_grades).</summary>
public sealed class IncidentGradeStore
{
    // Guarded on the grade read, so two regrades racing cannot both write history for the same change.
    private const string Update = """
        UPDATE incidents SET grade = @Grade, disaster_grade = @DisasterGrade, danger_grade = @DangerGrade, updated_utc = @Now
        WHERE id = @Id AND grade = @WasGrade AND disaster_grade IS NOT DISTINCT FROM @WasDisaster AND danger_grade IS NOT DISTINCT FROM @WasDanger
        """;
    private const string InsertHistory = """
        INSERT INTO incident_grades (incident_id, grade, disaster_grade, danger_grade, figures_json, reason, graded_utc)
        VALUES (@IncidentId, @Grade, @DisasterGrade, @DangerGrade, @FiguresJson, @Reason, @Now)
        """;
    private const string SelectHistory = """
        SELECT id, incident_id, grade, disaster_grade, danger_grade, figures_json, reason, graded_utc
        FROM incident_grades WHERE incident_id = @Id ORDER BY id
        """;

    /// <summary>Writes the new grade and its history row; false when the incident's grade was no longer <paramref name="was"/>.</summary>
    public async Task<bool> ChangeAsync(DbConnection c, DbTransaction tx, Incident was, GradeOutcome now, string figuresJson,
        DateTimeOffset at, CancellationToken ct)
    {
        var changed = await c.ExecuteAsync(new CommandDefinition(Update, new
        {
            was.Id, now.Grade, now.DisasterGrade, now.DangerGrade, Now = at,
            WasGrade = was.Grade, WasDisaster = was.DisasterGrade, WasDanger = was.DangerGrade,
        }, tx, cancellationToken: ct)) == 1;
        if (changed)
            await c.ExecuteAsync(new CommandDefinition(InsertHistory, new
            {
                IncidentId = was.Id, now.Grade, now.DisasterGrade, now.DangerGrade, FiguresJson = figuresJson, now.Reason, Now = at,
            }, tx, cancellationToken: ct));
        return changed;
    }

    public async Task<IReadOnlyList<GradeRecord>> HistoryAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct) =>
        (await c.QueryAsync<GradeRecord>(new CommandDefinition(SelectHistory, new { Id = incidentId }, tx, cancellationToken: ct))).AsList();
}
