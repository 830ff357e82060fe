using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Dapper;

namespace Alerts.Broadcast.FollowUp;

/// <summary>
/// Finds warnings whose acknowledgement time ran out and hands each grid worker the list of their priority
/// households that did not answer, as notifications. Marking the warning and writing the lists is one transaction,
/// so each warning is followed up exactly once, also with several Hosts.
/// </summary>
public sealed class FollowUpStore(StoreDb db, NotificationStore notifications)
{
    private readonly string _due = $"""
        SELECT id, level, headline FROM warnings
        WHERE status = 'published' AND followed_up_utc IS NULL AND targeting_state = 'done'
          AND level {db.Dialect.InList("@Levels")} AND published_utc <= @Cutoff
        ORDER BY id
        """;
    private const string Claim = "UPDATE warnings SET followed_up_utc = @Now WHERE id = @Id AND followed_up_utc IS NULL";
    // Who is to be called (叫应): the priority villagers (priority 0) who have not answered the warning.
    private const string NotAnswered =
        "d.warning_id = @WarningId AND d.priority = 0 AND d.acknowledged_utc IS NULL AND p.role = 'villager'";
    private const string Unanswered = $"""
        SELECT g.worker_id, p.name, p.phone, r.name AS village_name
        FROM deliveries d
        JOIN people p ON p.id = d.person_id
        JOIN grid_assignments g ON g.region_code = d.village_code
        JOIN regions r ON r.code = d.village_code
        WHERE {NotAnswered}
        ORDER BY g.worker_id, d.village_code, p.name, p.id
        """;
    private const string FollowedUp = "SELECT followed_up_utc FROM warnings WHERE id = @WarningId";
    // The same people for the warning page, with every grid worker of their village (or none).
    private const string CallList = $"""
        SELECT p.id AS person_id, p.name, p.phone, d.village_code, r.name AS village_name,
               w.name AS worker_name, w.phone AS worker_phone
        FROM deliveries d
        JOIN people p ON p.id = d.person_id
        LEFT JOIN regions r ON r.code = d.village_code
        LEFT JOIN grid_assignments g ON g.region_code = d.village_code
        LEFT JOIN people w ON w.id = g.worker_id
        WHERE {NotAnswered}
        ORDER BY d.village_code, p.name, p.id, w.name
        """;

    public sealed record DueWarning(long Id, string Level, string Headline);

    private sealed record Row(long WorkerId, string Name, string? Phone, string VillageName);

    /// <summary>One unanswered priority villager and a grid worker of their village, for the warning page.</summary>
    // Properties, not a positional record: Dapper matches constructors by column type, and a NULL column has none.
    public sealed record CallListRow
    {
        public long PersonId { get; init; }
        public required string Name { get; init; }
        public string? Phone { get; init; }
        public required string VillageCode { get; init; }
        public string? VillageName { get; init; }
        public string? WorkerName { get; init; }
        public string? WorkerPhone { get; init; }
    }

    /// <summary>
    /// The 叫应 list of a warning: its priority villagers who have still not answered, each with their grid workers.
    /// Null until the follow-up delay has run out (the list the grid workers were sent); staff of the jurisdiction see
    /// full names and phone numbers, as the grid workers' message shows them: they must call these people.
    /// </summary>
    public async Task<IReadOnlyList<CallListRow>?> CallListAsync(long warningId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var args = new { WarningId = warningId };
        if (await c.ExecuteScalarAsync<string?>(new CommandDefinition(FollowedUp, args, cancellationToken: ct)) is null) return null;
        return (await c.QueryAsync<CallListRow>(new CommandDefinition(CallList, args, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<DueWarning>> DueAsync(IReadOnlyList<string> levels, DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<DueWarning>(new CommandDefinition(_due,
            new { Levels = db.Dialect.ListOf(levels), Cutoff = cutoff }, cancellationToken: ct))).AsList();
    }

    /// <summary>Writes the lists; returns how many households were listed, or -1 when another Host did it first.</summary>
    public async Task<int> FollowUpAsync(DueWarning warning, string levelName, int perMessage, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        if (await c.ExecuteAsync(new CommandDefinition(Claim, new { warning.Id, Now = now }, tx, cancellationToken: ct)) == 0) return -1;
        var rows = (await c.QueryAsync<Row>(new CommandDefinition(Unanswered, new { WarningId = warning.Id }, tx, cancellationToken: ct))).AsList();
        foreach (var worker in rows.GroupBy(r => r.WorkerId))
        {
            var header = $"【{levelName}预警未回复】{warning.Headline}\n以下重点户还没回复，请打电话或上门叫应：\n";
            foreach (var chunk in worker.Chunk(perMessage))
                await notifications.InsertAsync(c, tx, worker.Key,
                    header + string.Join("\n", chunk.Select(r => $"{r.Name} {r.Phone ?? "无电话"} {r.VillageName}")), "warning_follow_up", now, ct);
        }
        await tx.CommitAsync(ct);
        return rows.Count;
    }
}
