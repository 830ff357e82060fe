using Alerts.Host.Incidents;
using Alerts.Incidents.Shelters;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Host.Tests.Incidents;

/// <summary>Dispatch asks for a village's shelter once per delivery; the port answers a broadcast from memory.</summary>
public sealed class ShelterDirectionsPortTests
{
    [Fact]
    public async Task AVillagesShelterIsReadOnceAMinuteSoAChangeReachesTheNextWarningButNotEveryDelivery()
    {
        using var db = await TempDatabase.WithDemoCountyAsync(10);
        using var c = db.Open();
        var village = c.QueryFirst<string>("SELECT code FROM regions WHERE level = 5 ORDER BY code");
        c.Execute("""
            INSERT INTO shelters (village_code, name, capacity, created_utc, updated_utc)
            VALUES (@Village, '村小学', 120, '2026-07-01T00:00:00.0000000Z', '2026-07-01T00:00:00.0000000Z')
            """, new { Village = village });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero));
        var port = new ShelterDirectionsPort(new ShelterDirections(db.Db, new ShelterStore(db.Db)), clock);

        var first = await port.ForVillageAsync(village, CancellationToken.None);
        c.Execute("UPDATE shelters SET name = '村委会' WHERE village_code = @Village", new { Village = village });
        clock.Advance(TimeSpan.FromSeconds(30));
        var duringTheBroadcast = await port.ForVillageAsync(village, CancellationToken.None);
        clock.Advance(ShelterDirectionsPort.Fresh);
        var nextWarning = await port.ForVillageAsync(village, CancellationToken.None);

        Assert.StartsWith("村小学", first);
        Assert.Equal(first, duringTheBroadcast);
        Assert.StartsWith("村委会", nextWarning);
    }
}
