using System.Data.Common;
using Dapper;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// The 15-day clock's rows: identifying cases whose day-10 reminder, deadline reminder or escalation is due, and the
/// guarded marks that make each happen once (<c>… AND day10_reminded_utc IS NULL</c>), written in the transaction of
/// the notices they stand for. Dates are Beijing dates as <c>yyyy-MM-dd</c> text, compared as text.
/// </summary>
public sealed class CaseClockStore
{
    /// <summary>Which of a case's three clock marks.</summary>
    public enum Mark
    {
        Day10,
        Deadline,
        Escalation,
    }

    // Day 10 of 15: five days before the deadline, while it is still ahead. The deadline reminder: on or after the day.
    // Escalation: once the day has passed. Each condition is repeated in its mark, so a mark never lands where it is not due.
    private const string Day10Due = "day10_reminded_utc IS NULL AND deadline_on <= @SoonOn AND deadline_on > @Today";
    private const string DeadlineDue = "deadline_reminded_utc IS NULL AND deadline_on <= @Today";
    private const string EscalationDue = "escalated_utc IS NULL AND deadline_on < @Today";

    private const string SelectDue = $"""
        SELECT id FROM monitoring_cases
        WHERE status = 'identifying' AND (({Day10Due}) OR ({DeadlineDue}) OR ({EscalationDue}))
        ORDER BY deadline_on, id LIMIT @Batch
        """;
    private const string MarkDay10 =
        $"UPDATE monitoring_cases SET day10_reminded_utc = @Now WHERE id = @Id AND status = 'identifying' AND {Day10Due}";
    private const string MarkDeadline =
        $"UPDATE monitoring_cases SET deadline_reminded_utc = @Now WHERE id = @Id AND status = 'identifying' AND {DeadlineDue}";
    private const string MarkEscalation =
        $"UPDATE monitoring_cases SET escalated_utc = @Now WHERE id = @Id AND status = 'identifying' AND {EscalationDue}";

    /// <summary>Days before the deadline the first reminder goes out (day 10 of the 15).</summary>
    public const int ReminderDaysAhead = 5;

    public async Task<IReadOnlyList<long>> DueAsync(DbConnection c, DateOnly today, int batch, CancellationToken ct) =>
        (await c.QueryAsync<long>(new CommandDefinition(SelectDue, Dates(today, new { Batch = batch }), cancellationToken: ct))).AsList();

    /// <summary>Sets the mark when it is due and not yet set; false otherwise (done before, or not due).</summary>
    public async Task<bool> TryMarkAsync(DbConnection c, DbTransaction tx, long id, Mark mark, DateOnly today, DateTimeOffset now,
        CancellationToken ct)
    {
        var sql = mark switch { Mark.Day10 => MarkDay10, Mark.Deadline => MarkDeadline, _ => MarkEscalation };
        return await c.ExecuteAsync(new CommandDefinition(sql, Dates(today, new { Id = id, Now = now }), tx, cancellationToken: ct)) == 1;
    }

    private static DynamicParameters Dates(DateOnly today, object more)
    {
        var p = new DynamicParameters(more);
        p.Add("Today", Text(today));
        p.Add("SoonOn", Text(today.AddDays(ReminderDaysAhead)));
        return p;
    }

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
