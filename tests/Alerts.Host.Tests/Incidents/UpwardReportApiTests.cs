using System.Net;
using System.Net.Http.Json;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Alerts.Store.Database;
using Microsoft.Extensions.DependencyInjection;
using static Alerts.Host.Tests.Broadcast.OfficialsApi;

namespace Alerts.Host.Tests.Incidents;

/// <summary>The report up over HTTP: read the record, edit the draft, record it sent and acknowledged, once each, in jurisdiction.</summary>
public sealed class UpwardReportApiTests
{
    [Fact]
    public async Task ACountyOfficialEditsSendsAndRecordsTheAcknowledgementOnceEachAndTheRecordShowsTheHourMet()
    {
        await using var app = new AlertsApp();
        using var county = await app.ClientAsync(County);
        using var otherTown = await app.ClientAsync(OtherTown);
        using var gridWorker = await app.ClientAsync("500112101001", role: AccountRoles.GridWorker);
        var (incident, report) = await DraftAsync(app);
        var at = $"/api/incidents/{incident}/upward/{report}";

        var list = await (await county.GetAsync($"/api/incidents/{incident}/upward")).JsonAsync();
        var edited = await county.PutAsJsonAsync($"{at}/draft", new { text = "改过的报告稿" });
        var sent = await county.PostAsJsonAsync($"{at}/sent", new { via = "电话" });
        var again = await county.PostAsJsonAsync($"{at}/sent", new { via = "传真" });
        var acknowledged = await county.PostAsJsonAsync($"{at}/acknowledged", new { by = "市应急局张科长" });

        var first = Assert.Single(list.EnumerateArray());
        Assert.Equal(("drafted", "running"), (first.GetProperty("status").GetString(), first.GetProperty("hour").GetString()));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var afterSent = await sent.JsonAsync();
        Assert.Equal(("改过的报告稿", "电话", "met"), (afterSent.GetProperty("sentText").GetString(),
            afterSent.GetProperty("sentVia").GetString(), afterSent.GetProperty("hour").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("acknowledged", (await acknowledged.JsonAsync()).GetProperty("status").GetString());

        // Another town's official: not there. A grid worker: not for them.
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.GetAsync($"/api/incidents/{incident}/upward")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.PostAsJsonAsync($"{at}/acknowledged", new { by = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gridWorker.GetAsync($"/api/incidents/{incident}/upward")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await county.PostAsJsonAsync($"{at}/sent", new { via = "飞鸽" })).StatusCode);
    }

    /// <summary>A 大型 geological incident in town 101 with its report drafted now, as grading does.</summary>
    internal static async Task<(long Incident, long Report)> DraftAsync(AlertsApp app)
    {
        var ct = CancellationToken.None;
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var incidents = app.Services.GetRequiredService<IncidentStore>();
        await using var work = await app.Services.GetRequiredService<StoreDb>().BeginAsync(ct);
        var id = await incidents.InsertAsync(work.Connection, work.Transaction, Town, "geological", "滑坡", now, "system", now, ct);
        var incident = (await incidents.GetAsync(work.Connection, work.Transaction, id, ct))!;
        var report = await app.Services.GetRequiredService<UpwardReports>().DraftAsync(work.Connection, work.Transaction, incident,
            IncidentGrades.Large, "险情：需转移 520 人，达到大型（500 人以上）", ["需转移人数：520人"], now, ct);
        await work.CommitAsync(ct);
        return (id, report!.Value);
    }
}
