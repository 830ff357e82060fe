using Alerts.Identity.Accounts;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// The warning list: filtered, newest first, a page at a time, and always only the warnings that touch the caller's
/// jurisdiction (the rule of <see cref="PublishingRules.CanSee"/>, in SQL), so no page or count shows another place's.
/// </summary>
public sealed class WarningListStore(StoreDb db, TimeProvider time)
{
    private const string Columns = """
        w.id, w.identifier, w.hazard, w.event, w.level, w.kind, w.headline, w.description, w.instruction, w.audiences,
        w.effective_utc, w.expires_utc, w.status, w.references_id, w.green_channel, w.created_by, w.approved_by, w.source,
        w.created_utc, w.published_utc, w.updated_utc, w.targeting_state, w.targeting_after
        """;
    // An area overlaps a place when it lies inside the place (a range scan on the prefix index) or contains it.
    private const string Filters = """
        FROM warnings w
        WHERE EXISTS (SELECT 1 FROM warning_areas a WHERE a.warning_id = w.id
                      AND ((a.code_prefix >= @JurisdictionFrom AND a.code_prefix < @JurisdictionTo)
                           OR substr(@JurisdictionFrom, 1, length(a.code_prefix)) = a.code_prefix))
          AND (@AreaFrom IS NULL OR EXISTS (SELECT 1 FROM warning_areas a WHERE a.warning_id = w.id
                      AND ((a.code_prefix >= @AreaFrom AND a.code_prefix < @AreaTo)
                           OR substr(@AreaFrom, 1, length(a.code_prefix)) = a.code_prefix)))
          AND (@Status IS NULL OR w.status = @Status)
          AND (@InForce = 0 OR (w.status = 'published' AND w.expires_utc > @Now))
          AND (@Hazard IS NULL OR w.hazard = @Hazard)
          AND (@Level IS NULL OR w.level = @Level)
          AND (@FromUtc IS NULL OR w.created_utc >= @FromUtc)
          AND (@BeforeUtc IS NULL OR w.created_utc < @BeforeUtc)
        """;
    private const string Count = $"SELECT COUNT(*) {Filters}";
    private const string Select = $"SELECT {Columns} {Filters} ORDER BY w.created_utc DESC, w.id DESC LIMIT @Limit OFFSET @Offset";
    private readonly string _selectAreas =
        $"SELECT warning_id, code_prefix FROM warning_areas WHERE warning_id {db.Dialect.AnyOf("@Ids")} ORDER BY warning_id, code_prefix";

    /// <summary>How many warnings the caller would see with these filters.</summary>
    public async Task<long> CountAsync(Account caller, WarningQuery query, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(Count, Arguments(caller, query, 0, 0), cancellationToken: ct));
    }

    /// <summary>One page of them, newest first, each with its areas.</summary>
    public async Task<IReadOnlyList<Warning>> ListAsync(Account caller, WarningQuery query, int offset, int limit, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var rows = (await c.QueryAsync<Warning>(new CommandDefinition(Select, Arguments(caller, query, offset, limit), cancellationToken: ct))).AsList();
        if (rows.Count == 0) return rows;
        var areas = (await c.QueryAsync<(long WarningId, string CodePrefix)>(new CommandDefinition(_selectAreas,
            new { Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: ct))).ToLookup(a => a.WarningId, a => a.CodePrefix);
        return rows.Select(r => r with { Areas = areas[r.Id].ToList() }).ToList();
    }

    private Dictionary<string, object?> Arguments(Account caller, WarningQuery q, int offset, int limit)
    {
        var (jurisdictionFrom, jurisdictionTo) = DivisionCode.Range(DivisionCode.Prefix(caller.RegionCode));
        var (areaFrom, areaTo) = q.Area is { } area ? DivisionCode.Range(area) : (null, null);
        return new()
        {
            ["JurisdictionFrom"] = jurisdictionFrom, ["JurisdictionTo"] = jurisdictionTo,
            ["AreaFrom"] = areaFrom, ["AreaTo"] = areaTo,
            ["Status"] = q.State == WarningQuery.InForce ? null : q.State,
            ["InForce"] = q.State == WarningQuery.InForce ? 1 : 0,
            ["Now"] = UtcText.Format(time.GetUtcNow()),
            ["Hazard"] = q.Hazard?.ToString().ToLowerInvariant(),
            ["Level"] = q.Level?.Key(),
            ["FromUtc"] = q.FromUtc is { } f ? UtcText.Format(f) : null,
            ["BeforeUtc"] = q.BeforeUtc is { } b ? UtcText.Format(b) : null,
            ["Offset"] = offset, ["Limit"] = limit,
        };
    }
}
