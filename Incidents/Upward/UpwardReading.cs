using Alerts.Incidents.Core;
using Alerts.Store.Database;

namespace Alerts.Incidents.Upward;

/// <summary>The reports up of one incident as the console and the API show them, for officials whose jurisdiction covers it.</summary>
public sealed class UpwardReading(StoreDb db, UpwardStore store, IncidentStore incidents)
{
    public async Task<(IReadOnlyList<UpwardReportView>? Reports, IncidentRefusal? Refusal)> OfIncidentAsync(IncidentCaller caller,
        long incidentId, DateTimeOffset now, CancellationToken ct)
    {
        if (!caller.IsOfficial)
            return (null, IncidentRefusal.Forbidden("只有干部可以查看报市记录", "Only officials see the report up"));
        await using var c = await db.OpenAsync(ct);
        if (await incidents.GetAsync(c, null, incidentId, ct) is not { } incident || !caller.Covers(incident))
            return (null, IncidentRefusal.IncidentNotFound(incidentId));
        var reports = await store.OfIncidentAsync(c, null, incidentId, ct);
        var reminders = reports.Count == 0 ? [] : await store.RemindersAsync(c, null, reports.Select(r => r.Id).ToList(), ct);
        return (reports.Select(r => UpwardReportView.Of(r, reminders, now)).ToList(), null);
    }
}
