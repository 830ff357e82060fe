using System.Data.Common;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Broadcast.Targeting;

/// <summary>
/// Writes a warning's outbox rows with INSERT … SELECT, never holding recipients in memory. <c>ON CONFLICT DO NOTHING</c>
/// keeps one row per (warning, person) when a batch is repeated after a crash or by a second worker or Host.
/// </summary>
public sealed class TargetingStore(StoreDb db)
{
    // Whole area through the (region_code, role) index: for selections that fit in one batch.
    private readonly string _insertArea = $"""
        INSERT INTO deliveries ({RecipientSql.InsertColumns})
        SELECT {RecipientSql.SelectValues}
        FROM people p LEFT JOIN households h ON h.id = p.household_id
        WHERE p.region_code >= @From AND p.region_code < @To AND p.role {db.Dialect.AnyOf("@Roles")}
        ON CONFLICT DO NOTHING
        """;
    // One window of people.id. NoIndex keeps SQLite off the region index, so the window is a rowid range scan
    // and each batch costs its window, not the whole area.
    private readonly string _insertWindow = $"""
        INSERT INTO deliveries ({RecipientSql.InsertColumns})
        SELECT {RecipientSql.SelectValues}
        FROM people p LEFT JOIN households h ON h.id = p.household_id
        WHERE p.id > @After AND p.id <= @Upto
          AND {db.Dialect.NoIndex("p.region_code")} >= @From AND {db.Dialect.NoIndex("p.region_code")} < @To AND p.role {db.Dialect.AnyOf("@Roles")}
        ON CONFLICT DO NOTHING
        """;
    // A warning for listed households: their people in the audiences' roles, wherever the areas are.
    private readonly string _insertHouseholds = $"""
        INSERT INTO deliveries ({RecipientSql.InsertColumns})
        SELECT {RecipientSql.SelectValues}
        FROM warning_households wh JOIN people p ON p.household_id = wh.household_id
        LEFT JOIN households h ON h.id = p.household_id
        WHERE wh.warning_id = @WarningId AND p.role {db.Dialect.AnyOf("@Roles")}
        ON CONFLICT DO NOTHING
        """;
    private const string HasHouseholds = "SELECT EXISTS (SELECT 1 FROM warning_households WHERE warning_id = @WarningId)";
    private readonly string _countArea =
        $"SELECT COUNT(*) FROM people WHERE region_code >= @From AND region_code < @To AND role {db.Dialect.AnyOf("@Roles")}";
    private const string MaxPersonId = "SELECT COALESCE(MAX(id), 0) FROM people";
    private const string Advance = "UPDATE warnings SET targeting_after = @Upto WHERE id = @WarningId";
    private const string Finish = "UPDATE warnings SET targeting_state = 'done' WHERE id = @WarningId";
    private const string SelectPending =
        "SELECT id FROM warnings WHERE targeting_state = 'pending' ORDER BY published_utc, id LIMIT @Limit";

    public sealed record Area(string From, string To);

    public async Task<IReadOnlyList<long>> PendingAsync(int limit, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<long>(new CommandDefinition(SelectPending, new { Limit = limit }, cancellationToken: ct))).AsList();
    }

    public async Task<long> CountAsync(IReadOnlyList<Area> areas, string[] roles, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        long total = 0;
        foreach (var a in areas)
            total += await c.ExecuteScalarAsync<long>(new CommandDefinition(_countArea, new { a.From, a.To, Roles = roles }, cancellationToken: ct));
        return total;
    }

    public async Task<long> MaxPersonIdAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(MaxPersonId, cancellationToken: ct));
    }

    /// <summary>True when the warning is for listed households only (which replace its areas for targeting).</summary>
    public async Task<bool> HasHouseholdsAsync(long warningId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(HasHouseholds, new { WarningId = warningId }, cancellationToken: ct));
    }

    /// <summary>The listed households' people in one transaction (a point threatens tens of households, not thousands), then done.</summary>
    public async Task<int> InsertHouseholdsAsync(long warningId, string[] roles, DateTimeOffset due, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var rows = await c.ExecuteAsync(new CommandDefinition(_insertHouseholds,
            new { WarningId = warningId, Due = due, Roles = roles }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(Finish, new { WarningId = warningId }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows;
    }

    /// <summary>Every area in one transaction, then done.</summary>
    public async Task<int> InsertAllAsync(long warningId, IReadOnlyList<Area> areas, string[] roles, DateTimeOffset due, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var rows = 0;
        foreach (var a in areas)
            rows += await c.ExecuteAsync(new CommandDefinition(_insertArea,
                new { WarningId = warningId, Due = due, a.From, a.To, Roles = roles }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(Finish, new { WarningId = warningId }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows;
    }

    /// <summary>People with <c>after &lt; id &lt;= upto</c>, and the progress mark, in one transaction.</summary>
    public async Task<int> InsertWindowAsync(long warningId, IReadOnlyList<Area> areas, string[] roles, DateTimeOffset due,
        long after, long upto, bool last, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var rows = 0;
        foreach (var a in areas)
            rows += await c.ExecuteAsync(new CommandDefinition(_insertWindow,
                new { WarningId = warningId, Due = due, After = after, Upto = upto, a.From, a.To, Roles = roles }, tx, cancellationToken: ct));
        await ProgressAsync(c, tx, warningId, upto, last, ct);
        await tx.CommitAsync(ct);
        return rows;
    }

    private static async Task ProgressAsync(DbConnection c, DbTransaction tx, long warningId, long upto, bool last, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition(Advance, new { WarningId = warningId, Upto = upto }, tx, cancellationToken: ct));
        if (last) await c.ExecuteAsync(new CommandDefinition(Finish, new { WarningId = warningId }, tx, cancellationToken: ct));
    }
}
