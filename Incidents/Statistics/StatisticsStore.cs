using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Alerts.Store.Reports;
using Dapper;

namespace Alerts.Incidents.Statistics;

/// <summary>What the daily statistics read, for the places under one prefix and one day [Start, End) in UTC.</summary>
internal sealed class StatisticsStore(StoreDb db)
{
    private const string Places = """
        SELECT code, level, parent_code, name FROM regions WHERE code >= @From AND code < @To AND level IN (3, 4) ORDER BY code
        """;
    private const string Reports = """
        SELECT id, number, village_code, household_id, reporter_id, hazard, deaths, injured, house, crops, water,
               income_lost_yuan, income_lost_max_yuan, status, created_utc, updated_utc
        FROM reports WHERE village_code >= @From AND village_code < @To AND created_utc >= @Start AND created_utc < @End
        """;
    private const string Help = """
        SELECT region_code FROM help_requests WHERE region_code >= @From AND region_code < @To AND created_utc >= @Start AND created_utc < @End
        """;
    // Open at the end of the day: opened before it ended, not closed by then; the grade in force then from the history.
    private const string OpenIncidents = """
        SELECT i.town_code AS Town,
               (SELECT g.grade FROM incident_grades g WHERE g.incident_id = i.id AND g.graded_utc < @End ORDER BY g.id DESC LIMIT 1) AS Grade
        FROM incidents i
        WHERE i.town_code >= @From AND i.town_code < @To AND i.opened_utc < @End AND (i.closed_utc IS NULL OR i.closed_utc >= @End)
        """;
    private const string Sheltered = """
        SELECT i.town_code AS Town, h.sheltered AS Sheltered
        FROM incident_shelter_count_history h JOIN incidents i ON i.id = h.incident_id
        WHERE i.town_code >= @From AND i.town_code < @To AND i.opened_utc < @End AND (i.closed_utc IS NULL OR i.closed_utc >= @End)
          AND h.id = (SELECT MAX(h2.id) FROM incident_shelter_count_history h2
                      WHERE h2.incident_id = h.incident_id AND h2.shelter_id = h.shelter_id AND h2.set_utc < @End)
        """;

    public async Task<StatisticsData> ReadAsync(string prefix, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        var args = new { From = from, To = to, Start = start, End = end };
        await using var c = await db.OpenAsync(ct);
        return new StatisticsData(
            await ListAsync<Region>(c, Places, args, ct),
            await ListAsync<ReportRecord>(c, Reports, args, ct),
            await ListAsync<string>(c, Help, args, ct),
            await ListAsync<(string Town, string? Grade)>(c, OpenIncidents, args, ct),
            await ListAsync<(string Town, int Sheltered)>(c, Sheltered, args, ct));
    }

    private static async Task<IReadOnlyList<T>> ListAsync<T>(DbConnection c, string sql, object args, CancellationToken ct) =>
        (await c.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: ct))).AsList();
}

/// <summary>The rows the statistics are computed from.</summary>
internal sealed record StatisticsData(
    IReadOnlyList<Region> Places,
    IReadOnlyList<ReportRecord> Reports,
    IReadOnlyList<string> HelpPlaces,
    IReadOnlyList<(string Town, string? Grade)> OpenIncidents,
    IReadOnlyList<(string Town, int Sheltered)> Sheltered);
