using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Monitoring.Platform;

/// <summary>The cases the county has enrolled and nobody has yet recorded as keyed into the provincial platform.</summary>
public sealed class PlatformStore(StoreDb db)
{
    private const string SelectWaiting = """
        SELECT m.id AS case_id, m.village_code, r.name AS village_name, h.register_no, COALESCE(h.head_name, m.head_name) AS head_name,
               (SELECT NULLIF(COUNT(*), 0) FROM household_members hm WHERE hm.household_id = h.id AND hm.lives_here = 1) AS members,
               m.object_type, m.risk_types, m.per_capita_income_yuan, m.source, m.opened_utc, m.enrolled_utc, m.red_warning,
               (SELECT MAX(e.at_utc) FROM case_events e WHERE e.case_id = m.id AND e.kind = 'village_review') AS village_reviewed_utc,
               (SELECT MAX(e.at_utc) FROM case_events e WHERE e.case_id = m.id AND e.kind = 'town_revisit') AS town_revisited_utc,
               p.name AS helper_name
        FROM monitoring_cases m
        JOIN regions r ON r.code = m.village_code
        LEFT JOIN households h ON h.id = m.household_id
        LEFT JOIN people p ON p.id = h.helper_id
        WHERE m.village_code >= @From AND m.village_code < @To AND m.status = 'monitored' AND m.stage = 'county_decided'
        ORDER BY m.village_code, m.id
        """;

    public async Task<IReadOnlyList<PlatformRow>> WaitingUnderAsync(string prefix, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<PlatformRow>(new CommandDefinition(SelectWaiting, new { From = from, To = to }, cancellationToken: ct))).AsList();
    }
}
