using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Monitoring.Care;

/// <summary>A case as the steps after enrolment read it, and the household's helper. Writes join the caller's transaction.</summary>
public sealed class CareStore(StoreDb db)
{
    private const string SelectCase = """
        SELECT m.id, m.status, m.village_code, r.name AS village_name, m.household_id, h.head_name, h.helper_id,
               p.name AS helper_name, m.enrolled_utc, m.next_checkin_due_utc, m.risk_types, h.labour, m.red_warning
        FROM monitoring_cases m
        JOIN regions r ON r.code = m.village_code
        LEFT JOIN households h ON h.id = m.household_id
        LEFT JOIN people p ON p.id = h.helper_id
        WHERE m.id = @Id
        """;
    private readonly string _selectCandidates = $"""
        SELECT p.id, p.name, p.role, r.name AS region_name
        FROM people p JOIN regions r ON r.code = p.region_code
        WHERE p.role IN ('grid_worker', 'official') AND p.region_code {db.Dialect.AnyOf("@Codes")}
        ORDER BY p.region_code DESC, p.name, p.id
        """;
    private const string SelectVillage = "SELECT village_code FROM monitoring_cases WHERE id = @Id";
    private const string SetHelper = "UPDATE households SET helper_id = @HelperId, updated_utc = @Now WHERE id = @HouseholdId";
    private const string SetFirstDue = """
        UPDATE monitoring_cases SET next_checkin_due_utc = COALESCE(next_checkin_due_utc, @Due), updated_utc = @Now WHERE id = @Id
        """;
    private const string RaiseRed = """
        UPDATE monitoring_cases SET red_warning = 1, red_warning_utc = @Now, updated_utc = @Now WHERE id = @Id
        """;

    public async Task<CareCase?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await GetAsync(c, null, id, ct);
    }

    /// <summary>
    /// The case exists and lies under <paramref name="regionCode"/> (a caller's jurisdiction). Callers answer false as
    /// "not found", so nothing of another place shows.
    /// </summary>
    public async Task<bool> IsUnderAsync(long id, string regionCode, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var village = await c.ExecuteScalarAsync<string?>(new CommandDefinition(SelectVillage, new { Id = id }, cancellationToken: ct));
        return village is not null && DivisionCode.Contains(regionCode, village);
    }

    /// <summary>
    /// Who may be named helper of a case in <paramref name="villageCode"/>: staff of the village first, then of its town,
    /// county and above — the same rule <see cref="HelperAssignment"/> checks.
    /// </summary>
    public async Task<IReadOnlyList<HelperCandidate>> HelperCandidatesAsync(string villageCode, CancellationToken ct)
    {
        var codes = new List<string>();
        for (string? code = villageCode; code is not null; code = DivisionCode.Parent(code)) codes.Add(code);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<HelperCandidate>(new CommandDefinition(_selectCandidates, new { Codes = codes.ToArray() }, cancellationToken: ct))).ToList();
    }

    public Task<CareCase?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<CareCase>(new CommandDefinition(SelectCase, new { Id = id }, tx, cancellationToken: ct));

    public Task SetHelperAsync(DbConnection c, DbTransaction tx, long householdId, long helperId, DateTimeOffset now,
        CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(SetHelper, new { HouseholdId = householdId, HelperId = helperId, Now = now }, tx,
            cancellationToken: ct));

    /// <summary>The first weekly visit falls due, unless one is already set (a second helper keeps the week).</summary>
    public Task SetFirstCheckinDueAsync(DbConnection c, DbTransaction tx, long id, DateTimeOffset due, DateTimeOffset now,
        CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(SetFirstDue, new { Id = id, Due = due, Now = now }, tx, cancellationToken: ct));

    /// <summary>红色预警 on the case; red_warning_utc is the latest crisis (the timeline keeps each).</summary>
    public Task RaiseRedWarningAsync(DbConnection c, DbTransaction tx, long id, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(RaiseRed, new { Id = id, Now = now }, tx, cancellationToken: ct));
}
