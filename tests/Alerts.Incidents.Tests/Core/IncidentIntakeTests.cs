using System.Data.Common;
using Alerts.Incidents.Core;
using Alerts.Store.Database;
using Dapper;
using Alerts.Store.Audit;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Incidents.Tests.Core;

/// <summary>The joining rule on a real migrated database: same town, same family, latest item within the window.</summary>
public sealed class IncidentIntakeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ItemsOfOneTownAndFamilyWithinTheWindowJoinOneIncidentAndOthersOpenTheirOwn()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        var villages = c.Query<string>("SELECT code FROM regions WHERE level = 5 ORDER BY code").AsList();
        var (a, sameTown) = (villages[0], villages.First(v => v != villages[0] && v[..9] == villages[0][..9]));
        var otherTown = villages.First(v => v[..9] != a[..9]);

        var first = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Report, 1, a, "geological", T0, "滑坡，房屋倒塌"));
        var second = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Report, 2, sameTown, "geological", T0.AddHours(20), "滑坡"));
        // 23 hours after the second item, not the first: the window runs from the latest item.
        var third = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Report, 3, a, "geological", T0.AddHours(43), "裂缝"));
        var flood = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Report, 4, a, "flood", T0.AddHours(43), "山洪"));
        var elsewhere = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Report, 5, otherTown, "geological", T0.AddHours(43), "滑坡"));
        var late = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Report, 6, a, "geological", T0.AddHours(68), "又滑坡了"));
        var noFamily = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Help, 7, a, null, T0.AddHours(68), "救命"));
        var again = await JoinAsync(db, new IncomingItem(IncidentItemKinds.Report, 1, a, "geological", T0.AddHours(69), "滑坡，房屋倒塌"));

        Assert.True(first!.Opened);
        Assert.Equal((first.IncidentId, false), (second!.IncidentId, second.Opened));
        Assert.Equal(first.IncidentId, third!.IncidentId);
        Assert.True(flood!.Opened);
        Assert.True(elsewhere!.Opened);
        Assert.True(late!.Opened); // 25 hours after the latest item
        Assert.Equal(late.IncidentId, noFamily!.IncidentId); // the town's latest open incident, whatever its family
        Assert.Equal((first.IncidentId, false), (again!.IncidentId, again.Added));
        Assert.Equal(3, c.ExecuteScalar<int>("SELECT COUNT(*) FROM incident_items WHERE incident_id = @Id", new { Id = first.IncidentId }));
        var opened = c.QuerySingle<(string Town, string County, string Family)>(
            "SELECT town_code, county_code, family FROM incidents WHERE id = @Id", new { Id = first.IncidentId });
        Assert.Equal((a[..9] + "000", a[..6] + "000000", "geological"), opened);
    }

    [Fact]
    public async Task AnItemAboveTownLevelJoinsNothing()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(20);
        using var c = db.Open();
        var county = c.QueryFirst<string>("SELECT code FROM regions WHERE level = 3");
        Assert.Null(await JoinAsync(db, new IncomingItem(IncidentItemKinds.Help, 1, county, null, T0, "救命")));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM incidents"));
    }

    private static async Task<IncidentJoin?> JoinAsync(TempDatabase db, IncomingItem item)
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddSingleton(TimeProvider.System).AddSingleton(db.Db)
            .AddSingleton<AuditStore>().AddSingleton<NotificationStore>().AddSingleton<ReportStore>()
            .AddSingleton<IDutyRosters, NoRosters>().AddIncidents().BuildServiceProvider();
        var intake = services.GetRequiredService<IncidentIntake>();
        await using var work = await db.Db.BeginAsync(CancellationToken.None);
        var joined = await intake.JoinAsync(work, item, "system", item.ReceivedUtc, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return joined;
    }

    private sealed class NoRosters : IDutyRosters
    {
        public Task<IReadOnlyList<OnDuty>> AtAsync(DbConnection c, DbTransaction? tx, string villageCode, int level, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<OnDuty>>([]);
    }
}
