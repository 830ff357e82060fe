using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Tests.Support;
using Dapper;

namespace Alerts.Incidents.Tests.Figures;

/// <summary>An incident's figures read from its items, each with its sources; a figure set by hand is in force.</summary>
public sealed class IncidentFiguresTests
{
    [Fact]
    public async Task ConfirmedReportsAndHazardPointsAddUpWithSourcesWhilePendingReportsAndNoticesAddNothing()
    {
        using var world = await IncidentWorld.CreateAsync();
        var (village, villager) = world.Villager();
        var (a, incident) = await world.ReportAsync(village, villager, deaths: 1, lossYuan: 3000, lossMaxYuan: 5000);
        await world.ReportAsync(village, villager, lossYuan: 2000);
        await world.ReportAsync(village, villager, deaths: 5, confirmed: false);
        var point = InsertPoint(world, village, "HP-001", people: 120, property: 800_000);
        foreach (var words in new[] { "裂缝变宽了", "裂缝又变宽了" })
            await world.JoinAsync(new IncomingItem(IncidentItemKinds.MonitorReport, Observe(world, point, villager, words), village,
                "geological", world.Now, words));
        await world.JoinAsync(new IncomingItem(IncidentItemKinds.DangerNotice, 77, village, null, world.Now, "后山裂缝"));

        var sheet = await ReadAsync(world, incident);

        Assert.Equal(FigureRange.Exactly(1), sheet[FigureKeys.Deaths].InForce);
        Assert.Equal(new FigureRange(5000, 7000), sheet[FigureKeys.DirectLoss].InForce);
        Assert.Equal(FigureRange.Exactly(120), sheet[FigureKeys.ToRelocate].InForce); // the point counts once, not per report
        Assert.Equal(FigureRange.Exactly(800_000), sheet[FigureKeys.PotentialLoss].InForce);
        Assert.Null(sheet[FigureKeys.Missing].InForce);
        Assert.Equal("失踪：未记录", sheet[FigureKeys.Missing].Line);
        Assert.Equal([$"报告{100_000 + a}：死亡1人"], sheet[FigureKeys.Deaths].Sources);
        Assert.Equal(["隐患点 HP-001：威胁120人"], sheet[FigureKeys.ToRelocate].Sources);
        Assert.Single(sheet.Pending, p => p.EndsWith("待核实", StringComparison.Ordinal));
        Assert.Equal(["险情通报W77"], sheet.Listed);
    }

    [Fact]
    public async Task AFigureSetByAnOfficialIsInForceOverTheRecordsBothShownUntilHandedBack()
    {
        using var world = await IncidentWorld.CreateAsync();
        var (village, villager) = world.Villager();
        var (_, incident) = await world.ReportAsync(village, villager, deaths: 1);
        var official = IncidentWorld.Official(village[..6] + "000000");
        var actions = world.Get<IncidentActions>();

        Assert.Null(await actions.SetFigureAsync(official, incident, FigureKeys.Deaths, 2, null, "乡镇电话核实", world.Now, default));
        var set = (await ReadAsync(world, incident))[FigureKeys.Deaths];
        Assert.Equal((FigureRange.Exactly(2), FigureRange.Exactly(1)), (set.InForce!.Value, set.FromRecords!.Value));
        Assert.Equal("乡镇电话核实", set.Set!.Note);

        Assert.Null(await actions.SetFigureAsync(official, incident, FigureKeys.Deaths, null, null, "以记录为准", world.Now, default));
        Assert.Equal(FigureRange.Exactly(1), (await ReadAsync(world, incident))[FigureKeys.Deaths].InForce);
        using var c = world.Open();
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'incident_figure_set'"));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_events WHERE kind = 'figure_set'"));
    }

    internal static long InsertPoint(IncidentWorld world, string village, string code, long people, long? property)
    {
        using var c = world.Open();
        return c.ExecuteScalar<long>("""
            INSERT INTO hazard_points (code, name, village_code, kind, people_threatened, property_threatened_yuan, created_utc, updated_utc)
            VALUES (@Code, '后山滑坡', @Village, 'landslide', @People, @Property, @Now, @Now) RETURNING id
            """, new { Code = code, Village = village, People = people, Property = property, world.Now });
    }

    internal static long Observe(IncidentWorld world, long point, long person, string words)
    {
        using var c = world.Open();
        return c.ExecuteScalar<long>("""
            INSERT INTO hazard_point_observations (point_id, person_id, text, created_utc) VALUES (@Point, @Person, @Words, @Now) RETURNING id
            """, new { Point = point, Person = person, Words = words, world.Now });
    }

    private static async Task<IncidentFigureSheet> ReadAsync(IncidentWorld world, long incident)
    {
        using var c = world.Open();
        return await world.Get<IncidentFigures>().ReadAsync(c, null, incident, default);
    }
}
