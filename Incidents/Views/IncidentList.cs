using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Incidents.Views;

/// <summary>
/// The incidents of the towns under a jurisdiction for the console's list: open ones first, then by latest activity,
/// filtered by status and grade, one page at a time.
/// </summary>
public sealed class IncidentList(StoreDb db)
{
    private const string Where = """
        WHERE i.town_code >= @From AND i.town_code < @To AND (@Status IS NULL OR i.status = @Status)
          AND (@Grade IS NULL OR i.grade = @Grade)
        """;
    private const string Count = $"SELECT COUNT(*) FROM incidents i {Where}";
    private const string Page = $"""
        SELECT i.id, i.town_code, t.name AS town_name, i.family, i.title, i.status, i.grade, i.opened_utc, i.last_item_utc,
               (SELECT COUNT(*) FROM incident_items it WHERE it.incident_id = i.id) AS item_count,
               u.status AS upward_status, u.due_utc AS upward_due_utc, u.sent_utc AS upward_sent_utc
        FROM incidents i
        LEFT JOIN regions t ON t.code = i.town_code
        LEFT JOIN incident_upward_reports u ON u.id = (SELECT MAX(x.id) FROM incident_upward_reports x WHERE x.incident_id = i.id)
        {Where}
        ORDER BY CASE i.status WHEN 'open' THEN 0 ELSE 1 END, i.last_item_utc DESC, i.id DESC
        LIMIT @Take OFFSET @Skip
        """;

    /// <summary>How many incidents the filter matches under <paramref name="jurisdiction"/>.</summary>
    public async Task<long> CountAsync(string jurisdiction, string? status, string? grade, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(Count, Args(jurisdiction, status, grade, 0, 0), cancellationToken: ct));
    }

    public async Task<IReadOnlyList<IncidentRow>> PageAsync(string jurisdiction, string? status, string? grade, int skip, int take,
        CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<IncidentRow>(new CommandDefinition(Page, Args(jurisdiction, status, grade, skip, take),
            cancellationToken: ct))).AsList();
    }

    private static object Args(string jurisdiction, string? status, string? grade, int skip, int take)
    {
        var (from, to) = DivisionCode.Range(DivisionCode.ToPrefix(jurisdiction)
            ?? throw new ArgumentException($"'{jurisdiction}' is not a division code", nameof(jurisdiction)));
        return new { From = from, To = to, Status = status, Grade = grade, Skip = skip, Take = take };
    }
}
