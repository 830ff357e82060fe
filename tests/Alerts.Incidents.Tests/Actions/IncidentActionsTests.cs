using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Tests.Support;
using Alerts.Incidents.Views;
using Dapper;

namespace Alerts.Incidents.Tests.Actions;

/// <summary>Officials' actions: what crosses a threshold regrades with history and drafts the report up; refusals change nothing.</summary>
public sealed class IncidentActionsTests
{
    [Fact]
    public async Task AFigureSetAcrossTheLargeThresholdRegradesWithHistoryAndDraftsTheCountysReportTellingItsDutyOfficial()
    {
        using var world = await IncidentWorld.CreateAsync();
        var (village, villager) = world.Villager();
        var (_, incident) = await world.ReportAsync(village, villager, deaths: 1);
        var county = village[..6] + "000000";

        Assert.Null(await world.Get<IncidentActions>().SetFigureAsync(IncidentWorld.Official(county), incident, FigureKeys.ToRelocate,
            520, null, "村里清点需转移人数", world.Now, default));

        using var c = world.Open();
        var grades = c.Query<(string Grade, string Reason)>("SELECT grade, reason FROM incident_grades WHERE incident_id = @Id ORDER BY id",
            new { Id = incident }).AsList();
        Assert.Equal(["small", "large"], grades.Select(g => g.Grade));
        Assert.StartsWith("险情：需转移520人，达到大型", grades[1].Reason);
        Assert.Equal("large", c.ExecuteScalar<string>("SELECT grade FROM incidents WHERE id = @Id", new { Id = incident }));
        var upward = c.QuerySingle<(string Grade, long? Duty, string Due)>(
            "SELECT grade, duty_person_id, due_utc FROM incident_upward_reports WHERE incident_id = @Id", new { Id = incident });
        var countyDuty = c.QueryFirst<long>("SELECT person_id FROM duty_roster WHERE region_code = @County ORDER BY position", new { County = county });
        Assert.Equal(("large", countyDuty), (upward.Grade, upward.Duty));
        Assert.Single(c.Query<string>("SELECT text FROM notifications WHERE person_id = @P AND reason = 'incident_upward'", new { P = countyDuty }));
        Assert.Contains(c.Query<string>("SELECT detail FROM incident_events WHERE incident_id = @Id AND kind = 'graded'", new { Id = incident }),
            d => d!.Contains("小型→大型", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GridWorkersOtherCountiesAndBadFiguresAreRefusedAndChangeNothing()
    {
        using var world = await IncidentWorld.CreateAsync();
        var (village, villager) = world.Villager();
        var (_, incident) = await world.ReportAsync(village, villager);
        var actions = world.Get<IncidentActions>();
        var county = IncidentWorld.Official(village[..6] + "000000");

        Assert.Equal(IncidentRefusalKind.Forbidden, (await actions.SetFigureAsync(IncidentWorld.GridWorker(village), incident,
            FigureKeys.Deaths, 1, null, "x", world.Now, default))!.Kind);
        Assert.Equal(IncidentRefusalKind.NotFound, (await actions.SetFigureAsync(IncidentWorld.Official("500113000000"), incident,
            FigureKeys.Deaths, 1, null, "x", world.Now, default))!.Kind);
        Assert.Null(await world.Get<IncidentViews>().GetAsync(IncidentWorld.Official("500113000000"), incident, default));
        foreach (var (figure, least, most, note) in new (string, long?, long?, string?)[]
                 { ("corpses", 1, null, "x"), (FigureKeys.Deaths, -1, null, "x"), (FigureKeys.Deaths, 5, 3, "x"), (FigureKeys.Deaths, 1, null, " ") })
            Assert.Equal(IncidentRefusalKind.Invalid, (await actions.SetFigureAsync(county, incident, figure, least, most, note, world.Now, default))!.Kind);

        using var c = world.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_figure_settings"));
    }

    [Fact]
    public async Task AnItemMovedToAnIncidentOpenedByHandRegradesBothAndClosingThenReopeningIsOnTheTimeline()
    {
        using var world = await IncidentWorld.CreateAsync();
        var (village, villager) = world.Villager();
        var (report, incident) = await world.ReportAsync(village, villager, deaths: 12);
        var official = IncidentWorld.Official(village[..9] + "000");
        var actions = world.Get<IncidentActions>();
        var opened = await actions.OpenAsync(official, village[..9] + "000", "geological", "后山滑坡（二）", world.Now, default);
        using var c = world.Open();
        var itemId = c.ExecuteScalar<long>("SELECT id FROM incident_items WHERE kind = 'report' AND ref_id = @R", new { R = report });

        Assert.Null(await actions.MoveItemAsync(official, incident, itemId, opened.Id!.Value, world.Now, default));
        Assert.Null(await actions.SetOpenAsync(official, incident, close: true, world.Now, default));
        Assert.Equal(IncidentRefusalKind.Conflict, (await actions.SetOpenAsync(official, incident, close: true, world.Now, default))!.Kind);
        Assert.Null(await actions.SetOpenAsync(official, incident, close: false, world.Now, default));

        var grades = c.Query<(long Id, string Grade)>("SELECT id, grade FROM incidents WHERE id IN (@A, @B) ORDER BY id",
            new { A = incident, B = opened.Id }).AsList();
        Assert.Equal([(incident, "unclassified"), (opened.Id.Value, "large")], grades);
        var view = await world.Get<IncidentViews>().GetAsync(official, incident, default);
        Assert.Equal(["opened", "item_added", "graded", "upward_drafted", "item_moved_out", "graded", "closed", "reopened"], view!.Timeline.Select(e => e.Kind));
        Assert.Equal(IncidentRefusalKind.NotFound,
            (await actions.OpenAsync(official, "500112999000", "geological", "x", world.Now, default)).Refusal!.Kind);
    }
}
