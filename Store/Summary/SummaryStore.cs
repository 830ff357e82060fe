using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Summary;

public sealed class SummaryStore(StoreDb db, TimeProvider time)
{
    private const string Select = $"""
        SELECT
            (SELECT COUNT(*) FROM regions WHERE level = 4 AND code >= @From AND code < @To) AS towns,
            (SELECT COUNT(*) FROM regions WHERE level = 5 AND code >= @From AND code < @To) AS villages,
            (SELECT COUNT(*) FROM households WHERE village_code >= @From AND village_code < @To) AS households,
            (SELECT COUNT(*) FROM people WHERE region_code >= @From AND region_code < @To AND role = 'villager') AS villagers,
            (SELECT COUNT(*) FROM people WHERE region_code >= @From AND region_code < @To AND role = 'grid_worker') AS grid_workers,
            (SELECT COUNT(*) FROM people WHERE region_code >= @From AND region_code < @To AND role = 'official') AS officials,
            (SELECT COUNT(*) FROM reports WHERE village_code >= @From AND village_code < @To AND status = 'submitted') AS reports_waiting,
            (SELECT COUNT(*) FROM reports WHERE village_code >= @From AND village_code < @To AND status = 'submitted'
                AND created_utc < @VisitCutoff) AS reports_overdue,
            (SELECT COUNT(*) FROM reports WHERE village_code >= @From AND village_code < @To AND status = 'confirmed') AS reports_confirmed,
            (SELECT COUNT(*) FROM help_requests WHERE region_code >= @From AND region_code < @To AND status = 'open') AS help_open,
            (SELECT COUNT(*) FROM help_requests WHERE region_code >= @From AND region_code < @To AND status = 'open'
                AND steps_told > 1) AS help_escalated,
            (SELECT COUNT(*) FROM help_requests WHERE region_code >= @From AND region_code < @To AND status = 'open'
                AND steps_told = 0) AS help_nobody_told,
            (SELECT COUNT(*) FROM monitoring_cases WHERE village_code >= @From AND village_code < @To AND status = 'identifying') AS candidates,
            (SELECT COUNT(*) FROM monitoring_cases WHERE village_code >= @From AND village_code < @To AND status = 'identifying'
                AND deadline_on < @Today) AS candidates_overdue,
            (SELECT COUNT(*) FROM warnings w WHERE status = 'published' AND expires_utc > @Now AND {Touches}) AS warnings_in_force,
            (SELECT COUNT(*) FROM warnings w WHERE status = 'awaiting_approval' AND {Touches}) AS warnings_awaiting_approval
        """;
    // A warning counts for a place when one of its areas lies inside it or contains it.
    private const string Touches = """
        EXISTS (SELECT 1 FROM warning_areas a WHERE a.warning_id = w.id
                AND ((a.code_prefix >= @From AND a.code_prefix < @To) OR substr(@From, 1, length(a.code_prefix)) = a.code_prefix))
        """;

    /// <summary>The figures of the places under <paramref name="jurisdiction"/> (a division-code prefix).</summary>
    public Task<StoreSummary> GetAsync(string jurisdiction, CancellationToken ct) => GetAsync(jurisdiction, DateTimeOffset.MinValue, ct);

    /// <summary>The same, counting as overdue the reports still waiting for a visit that came in before <paramref name="overdueBefore"/>.</summary>
    public async Task<StoreSummary> GetAsync(string jurisdiction, DateTimeOffset overdueBefore, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var now = time.GetUtcNow();
        var (from, to) = Regions.DivisionCode.Range(jurisdiction);
        // Deadlines are Beijing dates.
        var today = BeijingTime.Today(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return await c.QuerySingleAsync<StoreSummary>(new CommandDefinition(Select,
            new { Now = now, Today = today, From = from, To = to, VisitCutoff = overdueBefore }, cancellationToken: ct));
    }
}
