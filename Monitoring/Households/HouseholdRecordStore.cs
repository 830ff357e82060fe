using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Monitoring.Households;

/// <summary>Reads household register records: one with its members, a search under a jurisdiction, a name match.</summary>
public sealed class HouseholdRecordStore(StoreDb db)
{
    public const int PageSize = 50;

    private const string SelectOne = $"""
        SELECT h.id, h.village_code, r.name AS village_name, h.register_no, h.head_name, h.address,
               h.income_per_person_yuan, h.income_year, h.income_source,
               h.food_secure, h.clothing_secure, h.education_secure, h.medical_secure, h.housing_secure, h.water_secure,
               h.labour, h.is_lifted_out, h.is_monitored, h.has_dibao, h.has_dibao_edge, h.is_tekun, h.has_disabled,
               h.helper_id, helper.name AS helper_name, helper.phone AS helper_phone, h.updated_utc,
               {HouseholdSize.Columns}
        FROM households h
        LEFT JOIN regions r ON r.code = h.village_code
        LEFT JOIN people helper ON helper.id = h.helper_id
        WHERE h.id = @Id
        """;
    private const string SelectMembers = """
        SELECT position, name, relation, born_year, on_register, lives_here, is_disabled, labour
        FROM household_members WHERE household_id = @Id ORDER BY position
        """;
    private const string Matching = """
        WHERE h.village_code >= @From AND h.village_code < @To
          AND (@Village IS NULL OR h.village_code = @Village)
          AND (@Q IS NULL OR h.register_no = @Q OR h.head_name LIKE @Like ESCAPE '\')
        """;
    private const string Search = $"""
        SELECT h.id, h.village_code, r.name AS village_name, h.register_no, h.head_name,
               h.income_per_person_yuan, h.income_year, h.is_lifted_out, h.is_monitored,
               {HouseholdSize.Columns}
        FROM households h
        LEFT JOIN regions r ON r.code = h.village_code
        {Matching}
        ORDER BY h.village_code, h.register_no, h.id
        LIMIT @Limit OFFSET @Offset
        """;
    private const string Count = $"SELECT COUNT(*) FROM households h {Matching}";
    private const string SelectReports = """
        SELECT number, hazard, status, created_utc FROM reports WHERE household_id = @Id ORDER BY created_utc DESC, id DESC
        """;
    private const string SelectSize = $"""
        SELECT {HouseholdSize.Columns}
        FROM households h WHERE h.id = @Id
        """;
    // Households the village register lists (register_no set) whose head or a member bears the name.
    private const string SelectByName = """
        SELECT h.id FROM households h
        WHERE h.village_code = @VillageCode AND h.register_no IS NOT NULL
          AND (h.head_name = @Name
               OR EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = h.id AND m.name = @Name))
        ORDER BY h.id
        LIMIT 3
        """;

    private const string AnyRegisterMember = "SELECT EXISTS (SELECT 1 FROM household_members)";

    /// <summary>Whether any register has been imported (a member row exists).</summary>
    public async Task<bool> AnyRegisterMemberAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(AnyRegisterMember, cancellationToken: ct));
    }

    /// <summary>A household's record with its members, or null.</summary>
    public async Task<HouseholdRecord?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var record = await c.QuerySingleOrDefaultAsync<HouseholdRecord>(new CommandDefinition(SelectOne, new { Id = id }, cancellationToken: ct));
        if (record is null) return null;
        var members = await c.QueryAsync<HouseholdMember>(new CommandDefinition(SelectMembers, new { Id = id }, cancellationToken: ct));
        return record with { Members = members.AsList() };
    }

    /// <summary>
    /// The record as a caller answering for <paramref name="regionCode"/> may see it: one elsewhere is, to them, not there
    /// (null, exactly as a missing one), so nothing of another place shows.
    /// </summary>
    public async Task<HouseholdRecord?> GetWithinAsync(long id, string regionCode, CancellationToken ct) =>
        await GetAsync(id, ct) is { } record && DivisionCode.Contains(regionCode, record.VillageCode) ? record : null;

    /// <summary>
    /// Households under <paramref name="prefix"/>, optionally of one village, whose register number is
    /// <paramref name="q"/> or whose head's name contains it; page 1 is the first <see cref="PageSize"/>.
    /// </summary>
    public async Task<IReadOnlyList<HouseholdSummary>> SearchAsync(string prefix, string? q, string? village, int page,
        CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var args = Arguments(prefix, q, village);
        args.Add("Limit", PageSize);
        args.Add("Offset", (Math.Clamp(page, 1, 100_000) - 1) * PageSize);
        return (await c.QueryAsync<HouseholdSummary>(new CommandDefinition(Search, args, cancellationToken: ct))).AsList();
    }

    /// <summary>How many households <see cref="SearchAsync"/> finds over all its pages.</summary>
    public async Task<int> CountAsync(string prefix, string? q, string? village, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(Count, Arguments(prefix, q, village), cancellationToken: ct));
    }

    /// <summary>The reports filed for the household, newest first.</summary>
    public async Task<IReadOnlyList<HouseholdReport>> ReportsAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<HouseholdReport>(new CommandDefinition(SelectReports, new { Id = id }, cancellationToken: ct))).AsList();
    }

    private static DynamicParameters Arguments(string prefix, string? q, string? village)
    {
        var (from, to) = DivisionCode.Range(prefix);
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var like = text is null ? null : "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        return new DynamicParameters(new
        {
            From = from, To = to, Village = string.IsNullOrWhiteSpace(village) ? null : village.Trim(), Q = text, Like = like,
        });
    }

    /// <summary>The household's size as policy 003 counts it (<see cref="HouseholdSize"/>); 1 when it is not there.</summary>
    public async Task<int> SizeOfAsync(DbConnection c, DbTransaction? tx, long householdId, CancellationToken ct) =>
        (await c.QuerySingleOrDefaultAsync<HouseholdSizeFacts>(
            new CommandDefinition(SelectSize, new { Id = householdId }, tx, cancellationToken: ct)))?.Size ?? 1;

    /// <summary>
    /// The register households of one village (never another) whose head or a member is called <paramref name="name"/>;
    /// at most three, enough to tell none, one and several apart.
    /// </summary>
    public async Task<IReadOnlyList<long>> FindRegisteredByNameAsync(DbConnection c, DbTransaction? tx,
        string villageCode, string name, CancellationToken ct) =>
        (await c.QueryAsync<long>(new CommandDefinition(SelectByName, new { VillageCode = villageCode, Name = name.Trim() }, tx,
            cancellationToken: ct))).AsList();
}
