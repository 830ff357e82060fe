using System.Net;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Host.Tests.Monitoring;

/// <summary>The console's monitoring cases: the list by deadline with its filters, and a case's page with its timeline.</summary>
public sealed class CasePagesTests
{
    [Fact]
    public async Task ATownOfficialSeesTheTownsCasesWithTheirClockAndACasePageWithItsReportAndTimeline()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync("500112101000", AccountRoles.Official);
        long id;
        using (var c = app.OpenDatabase())
        {
            id = CaseRows.Insert(c);
            c.Execute("""
                INSERT INTO case_events (case_id, kind, actor, at_utc, outcome, note)
                VALUES (@Id, 'clue', 'system', '2026-07-01T00:00:00.0000000Z', 'self_report', '100001')
                """, new { Id = id });
        }

        var list = await official.GetStringAsync("/cases?status=identifying");
        var overdue = await official.GetStringAsync("/cases?overdue=true");
        var page = await official.GetStringAsync($"/cases/{id}");

        Assert.Contains($"href=\"/cases/{id}\"", list);
        Assert.Contains("识别中", list);
        // The demo clock is today; the case's 2026-07-16 deadline has passed.
        Assert.Contains("已超期", list);
        Assert.Contains($"id=\"case-{id}\"", overdue);
        Assert.Contains("红色预警", page);
        Assert.Contains("href=\"/reports/100001\"", page);
        Assert.Contains("线索（农户自主申报）", page);
        Assert.Contains("因灾、住房安全", page);
    }

    [Fact]
    public async Task AnOfficialOfAnotherTownAndAGridWorkerOfAnotherVillageSeeNoneOfIt()
    {
        await using var app = new AlertsApp();
        var other = await app.SignedInClientAsync("500112102000", AccountRoles.Official);
        var worker = await app.SignedInClientAsync("500112101002", AccountRoles.GridWorker);
        long id;
        using (var c = app.OpenDatabase()) id = CaseRows.Insert(c);

        Assert.Contains("id=\"no-cases\"", await other.GetStringAsync("/cases"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/cases/999")).StatusCode);
        Assert.Contains("id=\"no-cases\"", await worker.GetStringAsync("/cases"));
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownStatusIsSaidBesideTheFilter()
    {
        await using var app = new AlertsApp();
        var official = await app.SignedInClientAsync("500112000000", AccountRoles.Official);

        var page = await official.GetStringAsync("/cases?status=nonsense");

        Assert.Contains("没有这个状态。", page);
    }
}
