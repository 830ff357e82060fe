using System.Data.Common;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Incidents.Upward;

/// <summary>
/// The reports up and their reminders. Every change is a guarded update (on the status it expects, or on the reminder
/// time it claimed), so a second try or a second worker changes nothing; all join the caller's transaction.
/// </summary>
public sealed class UpwardStore(StoreDb db)
{
    private const string Columns = """
        id, incident_id, grade, to_code, draft_text, drafted_utc, due_utc, duty_person_id, status, sent_utc, sent_by, sent_via,
        sent_text, acknowledged_utc, acknowledged_by, escalation_step, next_reminder_utc
        """;
    private const string SelectOne = $"SELECT {Columns} FROM incident_upward_reports WHERE id = @Id AND incident_id = @IncidentId";
    private const string SelectOfIncident = $"SELECT {Columns} FROM incident_upward_reports WHERE incident_id = @IncidentId ORDER BY id";
    private const string SelectDue = """
        SELECT id FROM incident_upward_reports
        WHERE status IN ('drafted', 'sent') AND next_reminder_utc IS NOT NULL AND next_reminder_utc <= @Now
        ORDER BY next_reminder_utc, id
        LIMIT @Batch
        """;
    private const string SelectById = $"SELECT {Columns} FROM incident_upward_reports WHERE id = @Id";
    private const string UpdateDraft = """
        UPDATE incident_upward_reports SET draft_text = @Text WHERE id = @Id AND status = 'drafted'
        """;
    private const string UpdateSent = """
        UPDATE incident_upward_reports SET status = 'sent', sent_utc = @Now, sent_by = @Actor, sent_via = @Via, sent_text = @Text
        WHERE id = @Id AND status = 'drafted'
        """;
    private const string UpdateAcknowledged = """
        UPDATE incident_upward_reports SET status = 'acknowledged', acknowledged_utc = @Now, acknowledged_by = @By,
                                           next_reminder_utc = NULL
        WHERE id = @Id AND status = 'sent'
        """;
    private const string ClaimStep = """
        UPDATE incident_upward_reports SET escalation_step = escalation_step + 1, next_reminder_utc = @Next
        WHERE id = @Id AND status IN ('drafted', 'sent') AND next_reminder_utc = @Claimed
        RETURNING escalation_step
        """;
    private const string InsertReminder = """
        INSERT INTO incident_upward_reminders (report_id, step, person_id, name, roster_code, state, at_utc)
        VALUES (@ReportId, @Step, @PersonId, @Name, @RosterCode, @State, @Now)
        ON CONFLICT (report_id, step, person_id) DO NOTHING
        """;
    private readonly string _selectReminders = $"""
        SELECT report_id, step, person_id, name, roster_code, state, at_utc FROM incident_upward_reminders
        WHERE report_id {db.Dialect.AnyOf("@Ids")} ORDER BY at_utc, step, id
        """;

    private const string SelectPlaceName = "SELECT name FROM regions WHERE code = @Code";

    public Task<UpwardReport?> GetAsync(DbConnection c, DbTransaction? tx, long incidentId, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<UpwardReport>(new CommandDefinition(SelectOne, new { Id = id, IncidentId = incidentId }, tx, cancellationToken: ct));

    public Task<UpwardReport?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<UpwardReport>(new CommandDefinition(SelectById, new { Id = id }, tx, cancellationToken: ct));

    public async Task<IReadOnlyList<UpwardReport>> OfIncidentAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct) =>
        (await c.QueryAsync<UpwardReport>(new CommandDefinition(SelectOfIncident, new { IncidentId = incidentId }, tx, cancellationToken: ct))).AsList();

    /// <summary>Reports not yet acknowledged whose next reminder is due, oldest first.</summary>
    public async Task<IReadOnlyList<long>> DueAsync(DbConnection c, DateTimeOffset now, int batch, CancellationToken ct) =>
        (await c.QueryAsync<long>(new CommandDefinition(SelectDue, new { Now = now, Batch = batch }, cancellationToken: ct))).AsList();

    /// <summary>False when the report is no longer a draft.</summary>
    public async Task<bool> EditDraftAsync(DbConnection c, DbTransaction tx, long id, string text, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(UpdateDraft, new { Id = id, Text = text }, tx, cancellationToken: ct)) == 1;

    /// <summary>False when it was already sent.</summary>
    public async Task<bool> MarkSentAsync(DbConnection c, DbTransaction tx, long id, string via, string text, string actor,
        DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(UpdateSent, new { Id = id, Via = via, Text = text, Actor = actor, Now = now }, tx,
            cancellationToken: ct)) == 1;

    /// <summary>False unless it was sent and not yet acknowledged. Acknowledging stops the clock.</summary>
    public async Task<bool> MarkAcknowledgedAsync(DbConnection c, DbTransaction tx, long id, string by, DateTimeOffset now,
        CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(UpdateAcknowledged, new { Id = id, By = by, Now = now }, tx, cancellationToken: ct)) == 1;

    /// <summary>
    /// Takes the reminder due at <paramref name="claimed"/> and sets the next one; the step taken, or null when another
    /// round (or an acknowledgement) got there first.
    /// </summary>
    public Task<int?> ClaimStepAsync(DbConnection c, DbTransaction tx, long id, DateTimeOffset claimed, DateTimeOffset next,
        CancellationToken ct) =>
        c.ExecuteScalarAsync<int?>(new CommandDefinition(ClaimStep, new { Id = id, Claimed = claimed, Next = next }, tx, cancellationToken: ct));

    public Task AddReminderAsync(DbConnection c, DbTransaction tx, UpwardReminder r, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(InsertReminder, new
        {
            r.ReportId, r.Step, r.PersonId, r.Name, r.RosterCode, r.State, Now = r.AtUtc,
        }, tx, cancellationToken: ct));

    public async Task<IReadOnlyList<UpwardReminder>> RemindersAsync(DbConnection c, DbTransaction? tx, IReadOnlyList<long> reportIds,
        CancellationToken ct) =>
        (await c.QueryAsync<UpwardReminder>(new CommandDefinition(_selectReminders, new { Ids = reportIds.ToArray() }, tx, cancellationToken: ct))).AsList();

    public Task<string?> PlaceNameAsync(DbConnection c, DbTransaction? tx, string code, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(SelectPlaceName, new { Code = code }, tx, cancellationToken: ct));
}
