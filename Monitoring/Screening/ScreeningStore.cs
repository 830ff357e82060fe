using System.Data.Common;
using Dapper;

namespace Alerts.Monitoring.Screening;

/// <summary>The clues of departments' lists (screening_clues), one per office, village, head, reason and list date.</summary>
public sealed class ScreeningStore
{
    private const string Insert = """
        INSERT INTO screening_clues (department, village_code, head_name, register_no, reason, listed_on, imported_by, imported_utc)
        VALUES (@Department, @VillageCode, @HeadName, @RegisterNo, @Reason, @ListedOn, @ImportedBy, @Now)
        ON CONFLICT (department, village_code, head_name, reason, listed_on) DO NOTHING
        RETURNING id
        """;
    private const string Link = "UPDATE screening_clues SET household_id = @HouseholdId, case_id = @CaseId WHERE id = @Id";

    /// <summary>The new clue's id, or null when this list named this household for this reason before.</summary>
    public Task<long?> InsertAsync(DbConnection c, DbTransaction tx, string department, ScreeningRow row, string importedBy,
        DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteScalarAsync<long?>(new CommandDefinition(Insert, new
        {
            Department = department, row.VillageCode, row.HeadName, row.RegisterNo, row.Reason,
            ListedOn = row.ListedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ImportedBy = importedBy,
            Now = now,
        }, tx, cancellationToken: ct));

    public Task LinkAsync(DbConnection c, DbTransaction tx, long id, long householdId, long caseId, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(Link, new { Id = id, HouseholdId = householdId, CaseId = caseId }, tx, cancellationToken: ct));
}
