using System.Data.Common;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Broadcast.Warnings;

/// <summary>The <c>warnings</c> and <c>warning_areas</c> tables. Lifecycle changes take the caller's transaction.</summary>
public sealed class WarningStore(StoreDb db)
{
    private const string Columns = """
        id, identifier, hazard, event, level, kind, headline, description, instruction, audiences, effective_utc,
        expires_utc, status, references_id, green_channel, created_by, approved_by, source, created_utc, published_utc,
        updated_utc, targeting_state, targeting_after
        """;
    private const string Insert = """
        INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                              effective_utc, expires_utc, status, references_id, created_by, source, created_utc, updated_utc)
        VALUES (@Identifier, @Hazard, @Event, @Level, @Kind, @Headline, @Description, @Instruction, @Audiences,
                @Effective, @Expires, 'draft', @ReferencesId, @CreatedBy, @Source, @Now, @Now)
        RETURNING id
        """;
    private const string InsertArea = "INSERT INTO warning_areas (warning_id, code_prefix) VALUES (@WarningId, @CodePrefix)";
    private const string InsertHousehold = "INSERT INTO warning_households (warning_id, household_id) VALUES (@WarningId, @HouseholdId) ON CONFLICT DO NOTHING";
    private const string SelectById = $"SELECT {Columns} FROM warnings WHERE id = @Id";
    private const string SelectByIdentifier = $"SELECT {Columns} FROM warnings WHERE identifier = @Identifier";
    // An imported alert's origin is recorded in the audit log under the subject "cap:sender,identifier" (indexed),
    // with "warning:N" as the detail: the schema has no column for it, and the import is an audit fact anyway.
    private const string SelectIdByOrigin = """
        SELECT CAST(substr(detail, 9) AS BIGINT) FROM audit_log
        WHERE subject = @Subject AND action = 'cap_imported'
        ORDER BY id LIMIT 1
        """;
    private const string SelectAreas =
        "SELECT code_prefix FROM warning_areas WHERE warning_id = @Id ORDER BY code_prefix";
    private readonly string _setStatus = $"""
        UPDATE warnings SET status = @To, updated_utc = @Now WHERE id = @Id AND status {db.Dialect.AnyOf("@From")}
        """;
    private const string Publish = """
        UPDATE warnings
        SET status = 'published', approved_by = @ApprovedBy, green_channel = @Green, published_utc = @Now,
            updated_utc = @Now, targeting_state = 'pending', targeting_after = 0
        WHERE id = @Id AND status IN ('draft', 'awaiting_approval')
        """;
    private const string ExpireDue = """
        UPDATE warnings SET status = 'expired', updated_utc = @Now
        WHERE status = 'published' AND expires_utc <= @Now
        RETURNING id
        """;

    public async Task<long> InsertAsync(DbConnection c, DbTransaction tx, WarningDraft d, string identifier, long? createdBy,
        DateTimeOffset now, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            Identifier = identifier, Hazard = d.Hazard.ToString().ToLowerInvariant(), d.Event, Level = d.Level.Key(), d.Kind,
            d.Headline, d.Description, d.Instruction, Audiences = Warnings.Audiences.Join(d.Audiences), d.Effective, d.Expires,
            d.ReferencesId, CreatedBy = createdBy, d.Source, Now = now,
        }, tx, cancellationToken: ct));
        foreach (var area in d.Areas)
            await c.ExecuteAsync(new CommandDefinition(InsertArea, new { WarningId = id, CodePrefix = area }, tx, cancellationToken: ct));
        foreach (var household in d.Households ?? [])
            await c.ExecuteAsync(new CommandDefinition(InsertHousehold, new { WarningId = id, HouseholdId = household }, tx, cancellationToken: ct));
        return id;
    }

    public async Task<Warning?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await GetAsync(c, null, id, ct);
    }

    public Task<Warning?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        WithAreasAsync(c, tx, SelectById, new { Id = id }, ct);

    /// <summary>One of ours, by its CAP identifier.</summary>
    public async Task<Warning?> FindByIdentifierAsync(string identifier, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await WithAreasAsync(c, null, SelectByIdentifier, new { Identifier = identifier }, ct);
    }

    /// <summary>An imported alert, by its origin's sender and identifier.</summary>
    public async Task<Warning?> FindByOriginAsync(string sender, string identifier, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var id = await FindIdByOriginAsync(c, null, sender, identifier, ct);
        return id is long found ? await GetAsync(c, null, found, ct) : null;
    }

    public Task<long?> FindIdByOriginAsync(DbConnection c, DbTransaction? tx, string sender, string identifier, CancellationToken ct) =>
        c.ExecuteScalarAsync<long?>(new CommandDefinition(SelectIdByOrigin, new { Subject = OriginSubject(sender, identifier) }, tx, cancellationToken: ct));

    /// <summary>The audit subject that records where an imported alert came from.</summary>
    public static string OriginSubject(string sender, string identifier) => $"cap:{sender},{identifier}";

    /// <summary>Moves a warning to <paramref name="to"/> if it is in one of <paramref name="from"/>; false otherwise.</summary>
    public async Task<bool> SetStatusAsync(DbConnection c, DbTransaction tx, long id, string[] from, string to,
        DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(_setStatus, new { Id = id, From = from, To = to, Now = now }, tx, cancellationToken: ct)) == 1;

    /// <summary>Publishes a draft or a warning awaiting approval and hands it to targeting; false if it was neither.</summary>
    public async Task<bool> PublishAsync(DbConnection c, DbTransaction tx, long id, long? approvedBy, bool green,
        DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(Publish,
            new { Id = id, ApprovedBy = approvedBy, Green = green, Now = now }, tx, cancellationToken: ct)) == 1;

    /// <summary>Marks published warnings past their expiry as expired; returns their ids.</summary>
    public async Task<IReadOnlyList<long>> ExpireDueAsync(DbConnection c, DbTransaction tx, DateTimeOffset now, CancellationToken ct) =>
        (await c.QueryAsync<long>(new CommandDefinition(ExpireDue, new { Now = now }, tx, cancellationToken: ct))).AsList();

    private static async Task<Warning?> WithAreasAsync(DbConnection c, DbTransaction? tx, string sql, object args, CancellationToken ct)
    {
        var warning = await c.QuerySingleOrDefaultAsync<Warning>(new CommandDefinition(sql, args, tx, cancellationToken: ct));
        if (warning is null) return null;
        var areas = await c.QueryAsync<string>(new CommandDefinition(SelectAreas, new { warning.Id }, tx, cancellationToken: ct));
        return warning with { Areas = areas.AsList() };
    }
}
