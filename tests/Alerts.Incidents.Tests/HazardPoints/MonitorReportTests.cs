using Alerts.Incidents.Core;
using Alerts.Incidents.HazardPoints;
using Dapper;
using Alerts.Incidents.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Incidents.Tests.HazardPoints;

/// <summary>A monitor's report at a point opens the village's geological incident, and the next one joins it.</summary>
public sealed class MonitorReportTests
{
    [Fact]
    public async Task AMonitorsReportOpensAGeologicalIncidentAndASecondOneJoinsItWithItsPhoto()
    {
        var f = await HazardPointFixture.CreateAsync();
        using var _ = f.Db;
        await f.ImportAsync(f.File(f.Row("HP001", f.RegisterNos[0])));
        var store = new HazardPointStore(f.Db.Db);
        using var services = IncidentWorld.ServicesFor(f.Db, TimeProvider.System);
        var observations = services.GetRequiredService<HazardObservationStore>();
        var reports = services.GetRequiredService<MonitorReports>();
        using var c = f.Open();
        var monitor = c.ExecuteScalar<long>("SELECT monitor_person_id FROM hazard_points");
        var point = (await store.OfMonitorAsync(c, null, monitor, CancellationToken.None)).Single();

        var first = await RecordAsync(f, reports, point, monitor, "裂缝变宽了", HazardPointFixture.T0);
        var second = await RecordAsync(f, reports, point, monitor, "后山在掉石头", HazardPointFixture.T0.AddHours(2));
        await using (var work = await f.Db.Db.BeginAsync(CancellationToken.None))
        {
            Assert.True(await reports.AttachPhotoAsync(work, monitor, "media-1", HazardPointFixture.T0.AddHours(2).AddMinutes(5), CancellationToken.None));
            Assert.False(await reports.AttachPhotoAsync(work, monitor, "media-2", HazardPointFixture.T0.AddHours(3), CancellationToken.None));
            await work.CommitAsync(CancellationToken.None);
        }

        Assert.True(first.Incident!.Opened);
        Assert.Equal((first.Incident.IncidentId, false), (second.Incident!.IncidentId, second.Incident.Opened));
        var incident = c.QuerySingle<(string Family, string Town)>("SELECT family, town_code FROM incidents");
        Assert.Equal(("geological", f.Village[..9] + "000"), incident);
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_items WHERE kind = 'monitor_report'"));
        Assert.Equal("media-1", c.ExecuteScalar<string>("SELECT media_ids FROM hazard_point_observations WHERE id = @Id", new { Id = second.ObservationId }));
        Assert.Equal(first.Incident.IncidentId, await observations.OpenIncidentOfAsync(c, null, point.Id, CancellationToken.None));
    }

    private static async Task<MonitorReport> RecordAsync(HazardPointFixture f, MonitorReports reports, HazardPoint point, long monitor,
        string text, DateTimeOffset at)
    {
        await using var work = await f.Db.Db.BeginAsync(CancellationToken.None);
        var report = await reports.RecordAsync(work, point, monitor, $"person:{monitor}", text, null, at, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return report;
    }
}
