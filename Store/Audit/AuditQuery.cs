using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Store.Audit;

/// <summary>
/// The audit log as a jurisdiction may read it, newest first. An entry belongs to a place when its actor or its subject
/// names an account (<c>account:{id}</c>, <c>key:{prefix}</c>), a person (<c>person:{id}</c>) or a place
/// (<c>region:{code}</c>) under it. So an admin sees what their own staff did anywhere and what anyone did to their
/// staff, people and places; another county's entries, and entries naming nobody (the CLI on a key of elsewhere, a
/// stranger's wrong binding code), stay out.
/// </summary>
public sealed class AuditQuery(StoreDb db)
{
    // Ids are cut out of the text with substr and compared as integers, so each test is a primary-key look-up.
    private const string Under = """
        (
          EXISTS (SELECT 1 FROM accounts a
                  WHERE a.region_code >= @From AND a.region_code < @To
                    AND ((l.actor LIKE 'account:%' AND a.id = CAST(substr(l.actor, 9) AS BIGINT))
                      OR (l.subject LIKE 'account:%' AND a.id = CAST(substr(l.subject, 9) AS BIGINT))
                      OR (l.subject LIKE 'key:%' AND a.key_prefix = substr(l.subject, 5))))
          OR EXISTS (SELECT 1 FROM people p
                     WHERE p.region_code >= @From AND p.region_code < @To
                       AND ((l.actor LIKE 'person:%' AND p.id = CAST(substr(l.actor, 8) AS BIGINT))
                         OR (l.subject LIKE 'person:%' AND p.id = CAST(substr(l.subject, 8) AS BIGINT))))
          OR (l.subject LIKE 'region:%' AND substr(l.subject, 8) >= @From AND substr(l.subject, 8) < @To)
        )
        """;
    private const string ActorName = """
        COALESCE(
          CASE WHEN l.actor LIKE 'account:%' THEN (SELECT a.name FROM accounts a WHERE a.id = CAST(substr(l.actor, 9) AS BIGINT)) END,
          CASE WHEN l.actor LIKE 'person:%' THEN (SELECT p.name FROM people p WHERE p.id = CAST(substr(l.actor, 8) AS BIGINT)) END)
        """;
    private const string SubjectName = """
        COALESCE(
          CASE WHEN l.subject LIKE 'account:%' THEN (SELECT a.name FROM accounts a WHERE a.id = CAST(substr(l.subject, 9) AS BIGINT)) END,
          CASE WHEN l.subject LIKE 'person:%' THEN (SELECT p.name FROM people p WHERE p.id = CAST(substr(l.subject, 8) AS BIGINT)) END,
          CASE WHEN l.subject LIKE 'region:%' THEN (SELECT r.name FROM regions r WHERE r.code = substr(l.subject, 8)) END)
        """;
    private const string Where = $"""
        WHERE {Under}
          AND (@Action IS NULL OR l.action = @Action)
          AND (@Subject IS NULL OR l.subject = @Subject)
          AND (@Since IS NULL OR l.at_utc >= @Since)
          AND (@Until IS NULL OR l.at_utc < @Until)
          AND (@Actor IS NULL OR l.actor = @Actor OR {ActorName} LIKE '%' || @Actor || '%')
        """;
    private const string SelectPage = $"""
        SELECT l.id, l.at_utc, l.actor, {ActorName} AS actor_name, l.action, l.subject, {SubjectName} AS subject_name, l.detail
        FROM audit_log l
        {Where}
        ORDER BY l.at_utc DESC, l.id DESC
        LIMIT @Limit OFFSET @Offset
        """;
    private const string Count = $"SELECT COUNT(*) FROM audit_log l {Where}";
    private const string SelectActions = $"SELECT DISTINCT l.action FROM audit_log l WHERE {Under} ORDER BY l.action";

    /// <summary>One page of the entries under <paramref name="prefix"/> that match the filter, and how many match.</summary>
    public async Task<(IReadOnlyList<AuditListing> Rows, long Total)> PageAsync(string prefix, AuditFilter filter, int offset, int limit,
        CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        var args = new
        {
            From = from, To = to, Action = Blank(filter.Action), Subject = Blank(filter.Subject), Actor = Blank(filter.Actor),
            Since = filter.From, Until = filter.To, Offset = offset, Limit = limit,
        };
        await using var c = await db.OpenAsync(ct);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(Count, args, cancellationToken: ct));
        return ((await c.QueryAsync<AuditListing>(new CommandDefinition(SelectPage, args, cancellationToken: ct))).AsList(), total);
    }

    /// <summary>The actions that occur under <paramref name="prefix"/>, for a filter's choices.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(string prefix, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<string>(new CommandDefinition(SelectActions, new { From = from, To = to }, cancellationToken: ct))).AsList();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
