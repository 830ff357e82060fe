using System.Text.RegularExpressions;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;

namespace Alerts.Host.Tests.Reports;

/// <summary>The console's report list: jurisdiction, newest first, each filter, overdue for a visit, paging.</summary>
public sealed partial class ReportListPageTests
{
    [GeneratedRegex("<tr id=\"report-(\\d+)\"")]
    private static partial Regex Row();

    private static List<string> Numbers(string html) => Row().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task TheListShowsOnlyTheJurisdictionNewestFirstAndEachFilterNarrowsIt()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var now = DateTimeOffset.UtcNow;
        var recent = await ConsoleReports.FileAsync(app, villager, at: now.AddHours(-1));
        var old = await ConsoleReports.FileAsync(app, villager, r => r with { Hazard = "landslide" }, now.AddDays(-3));
        var outside = await ConsoleReports.FileAsync(app, ConsoleReports.VillagerOutside(db, villager.TownCode));
        var client = await app.SignedInClientAsync(villager.TownCode, AccountRoles.Official);

        var all = await client.GetStringAsync("/reports");
        Assert.Equal([recent.Number, old.Number], Numbers(all));
        Assert.DoesNotContain(outside.Number, all);
        Assert.Contains("超时未核实", all);

        Assert.Equal([old.Number], Numbers(await client.GetStringAsync("/reports?hazard=landslide")));
        Assert.Equal([old.Number], Numbers(await client.GetStringAsync("/reports?overdue=true")));
        Assert.Equal([recent.Number, old.Number], Numbers(await client.GetStringAsync($"/reports?village={villager.RegionCode}&status=submitted")));
        Assert.Empty(Numbers(await client.GetStringAsync("/reports?status=confirmed")));
        var day = Alerts.Store.Database.BeijingTime.Of(now.AddDays(-3)).ToString("yyyy-MM-dd");
        Assert.Equal([old.Number], Numbers(await client.GetStringAsync($"/reports?from={day}&to={day}")));
    }

    [Fact]
    public async Task AVillageOutsideTheJurisdictionOrABadDateIsRefusedBesideItsFieldAndTheInputIsKept()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        var outside = ConsoleReports.VillagerOutside(db, villager.TownCode);
        await ConsoleReports.FileAsync(app, outside);
        var client = await app.SignedInClientAsync(villager.TownCode, AccountRoles.Official);

        var html = await client.GetStringAsync($"/reports?village={outside.RegionCode}&from=7月1日");

        Assert.Contains("id=\"village-error\"", html);
        Assert.Contains("id=\"from-error\"", html);
        Assert.Contains("value=\"7月1日\"", html);
        Assert.Empty(Numbers(html));
    }

    [Fact]
    public async Task ThirtyReportsMakeTwoPagesOfTwentyFiveAndFive()
    {
        await using var app = new AlertsApp();
        using var db = ConsoleReports.Open(app);
        var villager = Resident.Villager(db);
        for (var i = 0; i < 30; i++) await ConsoleReports.FileAsync(app, villager, at: DateTimeOffset.UtcNow.AddMinutes(-i));
        var client = await app.SignedInClientAsync(villager.RegionCode, AccountRoles.GridWorker);

        var first = await client.GetStringAsync("/reports");
        var second = await client.GetStringAsync("/reports?page=2");

        Assert.Equal(25, Numbers(first).Count);
        Assert.Equal(5, Numbers(second).Count);
        Assert.Contains("共 30 条", first);
        Assert.Empty(Numbers(first).Intersect(Numbers(second)));
    }
}
