using System.Data.Common;
using Dapper;

namespace Alerts.Monitoring.CheckIns;

/// <summary>The helpers' visits (case_checkins) and the weekly clock on the case. Joins the caller's transaction.</summary>
public sealed class CheckInStore
{
    private const string Insert = """
        INSERT INTO case_checkins (case_id, helper_id, visited_utc, notes, channel)
        VALUES (@CaseId, @HelperId, @Now, @Notes, @Channel)
        """;
    private const string MoveDue = """
        UPDATE monitoring_cases SET next_checkin_due_utc = @Due, updated_utc = @Now WHERE id = @CaseId AND status = 'monitored'
        """;
    private const string SelectOfHelper = """
        SELECT m.id, h.head_name, r.name AS village_name, m.next_checkin_due_utc,
               (SELECT MAX(k.visited_utc) FROM case_checkins k WHERE k.case_id = m.id) AS last_visit_utc
        FROM households h
        JOIN monitoring_cases m ON m.household_id = h.id AND m.status = 'monitored'
        JOIN regions r ON r.code = m.village_code
        WHERE h.helper_id = @HelperId
        ORDER BY m.next_checkin_due_utc, m.id
        LIMIT @Limit
        """;
    // Once per due date: a reminder older than the due date it was for does not count for the next one.
    private const string SelectDue = """
        SELECT m.id, h.helper_id, h.head_name, r.name AS village_name, m.next_checkin_due_utc
        FROM monitoring_cases m
        JOIN households h ON h.id = m.household_id
        JOIN regions r ON r.code = m.village_code
        WHERE m.status = 'monitored' AND h.helper_id IS NOT NULL AND m.next_checkin_due_utc <= @Now
          AND (m.checkin_reminded_utc IS NULL OR m.checkin_reminded_utc < m.next_checkin_due_utc)
        ORDER BY m.next_checkin_due_utc, m.id
        LIMIT @Batch
        """;
    private const string MarkReminded = """
        UPDATE monitoring_cases SET checkin_reminded_utc = @Now
        WHERE id = @Id AND (checkin_reminded_utc IS NULL OR checkin_reminded_utc < next_checkin_due_utc)
        """;

    public async Task RecordAsync(DbConnection c, DbTransaction tx, long caseId, long helperId, string notes, string channel,
        DateTimeOffset now, DateTimeOffset nextDue, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition(Insert,
            new { CaseId = caseId, HelperId = helperId, Notes = notes, Channel = channel, Now = now }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(MoveDue, new { CaseId = caseId, Due = nextDue, Now = now }, tx, cancellationToken: ct));
    }

    /// <summary>The monitored households whose helper is <paramref name="helperId"/>, the most overdue first.</summary>
    public async Task<IReadOnlyList<HelperCase>> OfHelperAsync(DbConnection c, DbTransaction? tx, long helperId, int limit,
        CancellationToken ct) =>
        (await c.QueryAsync<HelperCase>(new CommandDefinition(SelectOfHelper, new { HelperId = helperId, Limit = limit }, tx,
            cancellationToken: ct))).AsList();

    internal async Task<IReadOnlyList<DueCheckin>> DueAsync(DbConnection c, DbTransaction tx, DateTimeOffset now, int batch,
        CancellationToken ct) =>
        (await c.QueryAsync<DueCheckin>(new CommandDefinition(SelectDue, new { Now = now, Batch = batch }, tx, cancellationToken: ct))).AsList();

    /// <summary>False when another loop reminded this due date first.</summary>
    internal async Task<bool> MarkRemindedAsync(DbConnection c, DbTransaction tx, long id, DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(MarkReminded, new { Id = id, Now = now }, tx, cancellationToken: ct)) == 1;
}
