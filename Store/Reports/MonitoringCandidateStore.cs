using Alerts.Store.Audit;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Store.Reports;

/// <summary>Households a confirmed report put at risk: monitoring candidates with their 15-day deadline.</summary>
public sealed class MonitoringCandidateStore(StoreDb db, AuditStore audit)
{
    private const string ListUnder = """
        SELECT m.id, m.status, m.village_code, r.name AS village_name, h.head_name, h.address, rep.number AS report_number,
               rep.hazard, m.object_type, m.risk_types, m.red_warning, m.per_capita_income_yuan, m.explanation,
               m.deadline_on, m.created_utc
        FROM monitoring_candidates m
        JOIN reports rep ON rep.id = m.report_id
        JOIN regions r ON r.code = m.village_code
        LEFT JOIN households h ON h.id = m.household_id
        WHERE m.village_code >= @From AND m.village_code < @To AND (@Status IS NULL OR m.status = @Status)
        ORDER BY m.deadline_on, m.id
        """;
    private const string SelectVillage = "SELECT village_code FROM monitoring_candidates WHERE id = @Id";
    private const string Decide = "UPDATE monitoring_candidates SET status = @Status WHERE id = @Id AND status = 'candidate'";
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

    /// <summary>Candidates under a division-code prefix (a jurisdiction), soonest deadline first.</summary>
    public async Task<IReadOnlyList<CandidateRow>> ListUnderAsync(string prefix, string? status, CancellationToken ct)
    {
        var (from, to) = Regions.DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<CandidateRow>(new CommandDefinition(ListUnder,
            new { From = from, To = to, Status = status }, cancellationToken: ct))).AsList();
    }

    public async Task<string?> VillageOfAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<string?>(new CommandDefinition(SelectVillage, new { Id = id }, cancellationToken: ct));
    }

    /// <summary>Enrols or declines a candidate, with its audit entry; false when it was already decided.</summary>
    public async Task<bool> DecideAsync(long id, string status, string actor, string? reason, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        if (await c.ExecuteAsync(new CommandDefinition(Decide, new { Id = id, Status = status }, tx, cancellationToken: ct)) == 0) return false;
        await audit.AppendAsync(c, tx, actor, "monitoring_" + status, $"candidate:{id}", reason, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public Task<long> CountUnderAsync(SqliteConnection c, string prefix, string status, CancellationToken ct)
    {
        var (from, to) = Regions.DivisionCode.Range(prefix);
        return c.ExecuteScalarAsync<long>(new CommandDefinition(CountUnder, new { From = from, To = to, Status = status }, cancellationToken: ct));
    }
}
