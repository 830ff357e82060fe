using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Dapper;
using static Alerts.Incidents.Tests.Upward.UpwardWorld;

namespace Alerts.Incidents.Tests.Upward;

/// <summary>Recording the report up: sent, acknowledged, the draft edited; the hour met or missed; what is refused.</summary>
public sealed class UpwardRecordingTests
{
    [Fact]
    public async Task SentWithinTheHourIsMetAndSentAfterItIsMissed()
    {
        await using var w = await CreateAsync();
        var (onTime, _) = await w.DraftAsync();
        var (late, _) = await w.DraftAsync("500112102000");
        var (unsent, _) = await w.DraftAsync("500112103000");
        var recording = w.Get<UpwardRecording>();

        w.Clock.Advance(TimeSpan.FromMinutes(45));
        Assert.Null(await recording.MarkSentAsync(CountyOfficial, onTime, null, "传真", "  ", w.Now, Ct));
        Assert.Equal(UpwardReportView.Running, (await w.ViewAsync(unsent)).Hour);
        Assert.Equal(15, (await w.ViewAsync(unsent)).MinutesLeft);
        w.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Null(await recording.MarkSentAsync(CountyOfficial, late, null, "platform", "实际报送的文字", w.Now, Ct));

        var met = await w.ViewAsync(onTime);
        var missed = await w.ViewAsync(late);
        Assert.Equal((UpwardReportView.Met, 45, "传真", met.DraftText), (met.Hour, met.MinutesTaken, met.SentVia, met.SentText));
        Assert.Equal((UpwardReportView.Missed, 61, "政务平台", "实际报送的文字"), (missed.Hour, missed.MinutesTaken, missed.SentVia, missed.SentText));
        Assert.Equal((UpwardReportView.Missed, -1), ((await w.ViewAsync(unsent)).Hour, (await w.ViewAsync(unsent)).MinutesLeft));
        Assert.Equal("county:emergency", met.SentBy);
    }

    [Fact]
    public async Task TheDraftMayBeEditedBeforeSendingAndTheOriginalStaysInTheAudit()
    {
        await using var w = await CreateAsync();
        var (incident, report) = await w.DraftAsync();
        var original = (await w.ViewAsync(incident)).DraftText;
        var recording = w.Get<UpwardRecording>();

        Assert.Null(await recording.EditDraftAsync(CountyOfficial, incident, report, "改过的报告稿", w.Now, Ct));
        Assert.Null(await recording.MarkSentAsync(CountyOfficial, incident, report, "电话", null, w.Now, Ct));
        var refused = await recording.EditDraftAsync(CountyOfficial, incident, report, "再改", w.Now, Ct);

        Assert.Equal(IncidentRefusalKind.Conflict, refused?.Kind);
        Assert.Equal(("改过的报告稿", "改过的报告稿"), ((await w.ViewAsync(incident)).DraftText, (await w.ViewAsync(incident)).SentText));
        using var c = w.Open();
        var audited = c.QuerySingle<string>("SELECT detail FROM audit_log WHERE action = 'incident_upward_draft_edited'");
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(original)[1..20], audited);
        var timeline = w.Timeline(incident);
        Assert.All(new[] { "upward_drafted", "upward_draft_edited", "upward_sent" }, k => Assert.Contains(k, timeline));
    }

    [Fact]
    public async Task RefusalsChangeNothing()
    {
        await using var w = await CreateAsync();
        var (incident, report) = await w.DraftAsync();
        var (other, otherReport) = await w.DraftAsync("500112102000");
        var r = w.Get<UpwardRecording>();
        var before = Snapshot(w);

        var gridWorker = new IncidentCaller("grid:500112101001", "500112101001", IsOfficial: false, null);
        var townOfficial = new IncidentCaller("town:500112101000", Town, IsOfficial: true, "emergency");
        var otherCounty = new IncidentCaller("county:500113", "500113000000", IsOfficial: true, "emergency");
        Assert.Equal(IncidentRefusalKind.Conflict, (await r.MarkAcknowledgedAsync(CountyOfficial, incident, report, "张科长", w.Now, Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.Forbidden, (await r.MarkSentAsync(gridWorker, incident, report, "电话", null, w.Now, Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.Forbidden, (await r.MarkSentAsync(townOfficial, incident, report, "电话", null, w.Now, Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.NotFound, (await r.MarkSentAsync(otherCounty, incident, report, "电话", null, w.Now, Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.NotFound, (await r.MarkSentAsync(CountyOfficial, incident, otherReport, "电话", null, w.Now, Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.NotFound, (await r.MarkSentAsync(CountyOfficial, 999, null, "电话", null, w.Now, Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.Invalid, (await r.MarkSentAsync(CountyOfficial, incident, report, "飞鸽传书", null, w.Now, Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.Invalid, (await r.EditDraftAsync(CountyOfficial, incident, report, " ", w.Now, Ct))?.Kind);
        Assert.Equal(before, Snapshot(w));

        Assert.Null(await r.MarkSentAsync(CountyOfficial, incident, report, "电话", null, w.Now, Ct));
        var sent = Snapshot(w);
        Assert.Equal(IncidentRefusalKind.Conflict, (await r.MarkSentAsync(CountyOfficial, incident, report, "传真", null, w.Now.AddMinutes(1), Ct))?.Kind);
        Assert.Equal(IncidentRefusalKind.Invalid, (await r.MarkAcknowledgedAsync(CountyOfficial, incident, report, "", w.Now, Ct))?.Kind);
        Assert.Equal(sent, Snapshot(w));

        Assert.Null(await r.MarkAcknowledgedAsync(CountyOfficial, incident, report, "张科长", w.Now, Ct));
        var acknowledged = Snapshot(w);
        Assert.Equal(IncidentRefusalKind.Conflict, (await r.MarkAcknowledgedAsync(CountyOfficial, incident, report, "李科长", w.Now, Ct))?.Kind);
        Assert.Equal(acknowledged, Snapshot(w));
        Assert.Equal(UpwardStatus.Drafted, (await w.ViewAsync(other)).Status);
    }

    [Fact]
    public async Task OnlyOfficialsCoveringTheIncidentReadItsReportsUp()
    {
        await using var w = await CreateAsync();
        var (incident, _) = await w.DraftAsync();
        var reading = w.Get<UpwardReading>();

        Assert.NotNull((await reading.OfIncidentAsync(new IncidentCaller("town", Town, true, null), incident, w.Now, Ct)).Reports);
        Assert.Equal(IncidentRefusalKind.NotFound,
            (await reading.OfIncidentAsync(new IncidentCaller("other", "500112102000", true, null), incident, w.Now, Ct)).Refusal?.Kind);
    }

    private static string Snapshot(UpwardWorld w)
    {
        using var c = w.Open();
        return string.Join("|", c.Query<string>("""
            SELECT id || status || draft_text || COALESCE(sent_utc, '') || COALESCE(sent_via, '') || COALESCE(acknowledged_by, '')
            FROM incident_upward_reports ORDER BY id
            """)) + $"|{c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log")}|{c.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_events")}";
    }
}
