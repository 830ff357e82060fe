using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Alerts.Store.Reports;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// A 群测群防 monitor's report of a change at their point: an observation row, and the point's village's geological
/// incident joined (or opened) as a monitor_report item, in the caller's unit of work (the bot's turn), so both
/// commit with the message or not at all. Telling the town roster is the incident layer's, not ours.
/// </summary>
public sealed class MonitorReports(HazardObservationStore observations, IncidentIntake intake)
{
    /// <summary>How long after a monitor's text a photo they send still belongs to that observation.</summary>
    public static readonly TimeSpan PhotoWindow = TimeSpan.FromMinutes(15);

    public async Task<MonitorReport> RecordAsync(UnitOfWork work, HazardPoint point, long personId, string actor, string text,
        string? mediaId, DateTimeOffset now, CancellationToken ct)
    {
        var id = await observations.InsertAsync(work.Connection, work.Transaction, point.Id, personId, text, mediaId, now, ct);
        var summary = $"{point.Name}（{point.Code}）监测员：{text}";
        var joined = await intake.JoinAsync(work, new IncomingItem(IncidentItemKinds.MonitorReport, id, point.VillageCode,
            ReportHazards.Geological, now, summary), actor, now, ct);
        return new MonitorReport(id, point, joined);
    }

    /// <summary>
    /// Attaches a photo to the person's observation of the last <see cref="PhotoWindow"/>; false when there is none
    /// (the photo then is a report of its own).
    /// </summary>
    public async Task<bool> AttachPhotoAsync(UnitOfWork work, long personId, string mediaId, DateTimeOffset now, CancellationToken ct)
    {
        var latest = await observations.LatestOfPersonAsync(work.Connection, work.Transaction, personId, now - PhotoWindow, ct);
        if (latest is null) return false;
        await observations.AddMediaAsync(work.Connection, work.Transaction, latest.Id, mediaId, ct);
        return true;
    }
}

/// <summary>The observation recorded and the incident it joined (null: the point's village lies in no town).</summary>
public sealed record MonitorReport(long ObservationId, HazardPoint Point, IncidentJoin? Incident);
