using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Store.Reports;

/// <summary>Households a confirmed report put at risk: monitoring candidates with their 15-day deadline.</summary>
public sealed class MonitoringCandidateStore
{
    private const string Insert = """
        INSERT INTO monitoring_candidates (report_id, household_id, village_code, object_type, risk_types, red_warning,
                                           per_capita_income_yuan, explanation, deadline_on, status, created_utc)
        VALUES (@ReportId, @HouseholdId, @VillageCode, @ObjectType, @RiskTypes, @RedWarning, @PerCapitaIncomeYuan,
                @Explanation, @DeadlineOn, 'candidate', @CreatedUtc)
        ON CONFLICT (report_id) DO NOTHING
        """;
    private const string CountUnder = """
        SELECT COUNT(*) FROM monitoring_candidates WHERE village_code >= @From AND village_code < @To AND status = @Status
        """;

    public sealed record Candidate(long ReportId, long? HouseholdId, string VillageCode, string ObjectType, string RiskTypes,
        bool RedWarning, int? PerCapitaIncomeYuan, string Explanation, string DeadlineOn, DateTimeOffset CreatedUtc);

    public Task InsertAsync(SqliteConnection c, SqliteTransaction tx, Candidate candidate, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(Insert, candidate, tx, cancellationToken: ct));

    public Task<long> CountUnderAsync(SqliteConnection c, string prefix, string status, CancellationToken ct)
    {
        var (from, to) = Regions.DivisionCode.Range(prefix);
        return c.ExecuteScalarAsync<long>(new CommandDefinition(CountUnder, new { From = from, To = to, Status = status }, cancellationToken: ct));
    }
}
