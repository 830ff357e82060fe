using Alerts.Incidents.Core;
using Alerts.Incidents.Tests.Support;
using Dapper;

namespace Alerts.Incidents.Tests.Core;

/// <summary>Who is told when items come in: an opening tells the town's and county's rosters once each person; a
/// 险情通报 or monitor's report that joins tells the town's roster; a plain report or help request that joins tells nobody.</summary>
public sealed class IncidentNoticesTests
{
    [Fact]
    public async Task AnOpeningTellsBothRostersOnceAndOnlyDangerNoticesAndMonitorReportsThatJoinTellTheTown()
    {
        using var world = await IncidentWorld.CreateAsync();
        var (village, _) = world.Villager();
        var (town, county) = (village[..9] + "000", village[..6] + "000000");
        using var c = world.Open();
        var townRoster = c.Query<long>("SELECT person_id FROM duty_roster WHERE region_code = @Town ORDER BY position", new { Town = town }).AsList();
        var both = townRoster.Concat(c.Query<long>("SELECT person_id FROM duty_roster WHERE region_code = @C ORDER BY position", new { C = county }))
            .Distinct().ToList();
        Assert.NotEmpty(townRoster);

        var opened = await world.JoinAsync(new IncomingItem(IncidentItemKinds.DangerNotice, 1, village, "geological", world.Now, "后山出现裂缝"));
        await world.JoinAsync(new IncomingItem(IncidentItemKinds.Report, 2, village, "geological", world.Now, "房子裂了"));
        await world.JoinAsync(new IncomingItem(IncidentItemKinds.Help, 3, village, null, world.Now, "救命"));
        await world.JoinAsync(new IncomingItem(IncidentItemKinds.DangerNotice, 4, village, "geological", world.Now, "裂缝变宽"));

        var openings = c.Query<(long Person, string Text)>("SELECT person_id, text FROM notifications WHERE reason = 'incident_opened' ORDER BY id").AsList();
        Assert.Equal(both, openings.Select(n => n.Person));
        Assert.All(openings, n => Assert.StartsWith($"【灾情事件】{IncidentNumber.Of(opened.IncidentId)} ", n.Text));
        Assert.All(openings, n => Assert.Contains("地质：险情通报：后山出现裂缝", n.Text));
        var updates = c.Query<(long Person, string Text)>("SELECT person_id, text FROM notifications WHERE reason = 'incident_update' ORDER BY id").AsList();
        Assert.Equal(townRoster, updates.Select(n => n.Person));
        Assert.All(updates, n => Assert.Contains("裂缝变宽", n.Text));
    }
}
