using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Incidents.Core;

/// <summary>
/// Incidents, their items and their timeline. Writes join the caller's transaction (the bot's turn, a console action);
/// reads may open their own connection.
/// </summary>
public sealed class IncidentStore(StoreDb db)
{
    private const string Columns = """
        id, town_code, county_code, family, title, status, grade, disaster_grade, danger_grade, opened_utc, opened_by,
        last_item_utc, closed_utc, closed_by, updated_utc
        """;
    private const string SelectOne = $"SELECT {Columns} FROM incidents WHERE id = @Id";
    private const string SelectJoinable = $"""
        SELECT {Columns} FROM incidents
        WHERE town_code = @Town AND status = 'open' AND (@Family IS NULL OR family = @Family) AND last_item_utc >= @Since
        ORDER BY last_item_utc DESC, id DESC
        LIMIT 1
        """;
    private const string SelectUnder = $"""
        SELECT {Columns} FROM incidents
        WHERE town_code >= @From AND town_code < @To AND (@Status IS NULL OR status = @Status)
        ORDER BY opened_utc DESC, id DESC
        """;
    private const string Insert = """
        INSERT INTO incidents (town_code, county_code, family, title, status, opened_utc, opened_by, last_item_utc, updated_utc)
        VALUES (@Town, @County, @Family, @Title, 'open', @OpenedUtc, @Actor, @OpenedUtc, @Now)
        RETURNING id
        """;
    private const string Touch = """
        UPDATE incidents SET last_item_utc = CASE WHEN @At > last_item_utc THEN @At ELSE last_item_utc END, updated_utc = @Now WHERE id = @Id
        """;
    private const string InsertItem = """
        INSERT INTO incident_items (incident_id, kind, ref_id, village_code, received_utc, added_utc, added_by)
        VALUES (@IncidentId, @Kind, @RefId, @Village, @Received, @Now, @Actor)
        ON CONFLICT (kind, ref_id) DO NOTHING
        """;
    private const string SelectItemOf = """
        SELECT id, incident_id, kind, ref_id, village_code, received_utc, added_utc, added_by
        FROM incident_items WHERE kind = @Kind AND ref_id = @RefId
        """;
    private const string SelectItems = """
        SELECT id, incident_id, kind, ref_id, village_code, received_utc, added_utc, added_by
        FROM incident_items WHERE incident_id = @Id ORDER BY received_utc, id
        """;
    private const string MoveItem = "UPDATE incident_items SET incident_id = @To, added_utc = @Now, added_by = @Actor WHERE id = @Id AND incident_id = @From";
    private const string InsertEvent = """
        INSERT INTO incident_events (incident_id, at_utc, kind, actor, detail) VALUES (@IncidentId, @Now, @Kind, @Actor, @Detail)
        """;
    private const string SelectEvents = """
        SELECT id, incident_id, at_utc, kind, actor, detail FROM incident_events WHERE incident_id = @Id ORDER BY at_utc, id
        """;

    public async Task<Incident?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await GetAsync(c, null, id, ct);
    }

    public Task<Incident?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Incident>(new CommandDefinition(SelectOne, new { Id = id }, tx, cancellationToken: ct));

    /// <summary>The open incident of a town (and family, when given) whose latest item is at or after <paramref name="since"/>.</summary>
    public Task<Incident?> FindJoinableAsync(DbConnection c, DbTransaction? tx, string townCode, string? family,
        DateTimeOffset since, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<Incident>(new CommandDefinition(SelectJoinable,
            new { Town = townCode, Family = family, Since = since }, tx, cancellationToken: ct));

    /// <summary>Incidents of the towns under a jurisdiction (any code), newest first; <paramref name="status"/> null for all.</summary>
    public async Task<IReadOnlyList<Incident>> ListUnderAsync(string jurisdiction, string? status, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(DivisionCode.ToPrefix(jurisdiction)
            ?? throw new ArgumentException($"'{jurisdiction}' is not a division code", nameof(jurisdiction)));
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<Incident>(new CommandDefinition(SelectUnder, new { From = from, To = to, Status = status },
            cancellationToken: ct))).AsList();
    }

    public async Task<long> InsertAsync(DbConnection c, DbTransaction tx, string townCode, string family, string title,
        DateTimeOffset openedUtc, string actor, DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            Town = townCode, County = DivisionCode.AtLevel(townCode, 3), Family = family, Title = title, OpenedUtc = openedUtc,
            Actor = actor, Now = now,
        }, tx, cancellationToken: ct));

    /// <summary>Adds an item; false when it already belongs to an incident (an item joins once).</summary>
    public async Task<bool> AddItemAsync(DbConnection c, DbTransaction tx, long incidentId, IncomingItem item, string actor,
        DateTimeOffset now, CancellationToken ct)
    {
        var village = DivisionCode.Level(item.PlaceCode) == 5 ? item.PlaceCode : null;
        var added = await c.ExecuteAsync(new CommandDefinition(InsertItem, new
        {
            IncidentId = incidentId, item.Kind, item.RefId, Village = village, Received = item.ReceivedUtc, Now = now, Actor = actor,
        }, tx, cancellationToken: ct)) == 1;
        if (added) await c.ExecuteAsync(new CommandDefinition(Touch, new { Id = incidentId, At = item.ReceivedUtc, Now = now }, tx, cancellationToken: ct));
        return added;
    }

    public Task<IncidentItem?> ItemOfAsync(DbConnection c, DbTransaction? tx, string kind, long refId, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<IncidentItem>(new CommandDefinition(SelectItemOf, new { Kind = kind, RefId = refId }, tx, cancellationToken: ct));

    public async Task<IReadOnlyList<IncidentItem>> ItemsAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct) =>
        (await c.QueryAsync<IncidentItem>(new CommandDefinition(SelectItems, new { Id = incidentId }, tx, cancellationToken: ct))).AsList();

    /// <summary>Moves an item from one incident to another; false when it is not in <paramref name="from"/>.</summary>
    public async Task<bool> MoveItemAsync(DbConnection c, DbTransaction tx, long itemId, long from, long to, string actor,
        DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(MoveItem, new { Id = itemId, From = from, To = to, Actor = actor, Now = now }, tx,
            cancellationToken: ct)) == 1;

    public Task AppendEventAsync(DbConnection c, DbTransaction tx, long incidentId, string kind, string actor, string? detail,
        DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(InsertEvent, new { IncidentId = incidentId, Kind = kind, Actor = actor, Detail = detail, Now = now },
            tx, cancellationToken: ct));

    public async Task<IReadOnlyList<IncidentEvent>> EventsAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct) =>
        (await c.QueryAsync<IncidentEvent>(new CommandDefinition(SelectEvents, new { Id = incidentId }, tx, cancellationToken: ct))).AsList();
}

/// <summary>One entry of an incident's timeline.</summary>
public sealed record IncidentEvent
{
    public long Id { get; init; }
    public long IncidentId { get; init; }
    public DateTimeOffset AtUtc { get; init; }
    public string Kind { get; init; } = "";
    public string Actor { get; init; } = "";
    public string? Detail { get; init; }
}
