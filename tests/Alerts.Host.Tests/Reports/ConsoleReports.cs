using System.Data.Common;
using Alerts.Host.Tests.Support;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Reports;
using Alerts.TestSupport;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Reports;

/// <summary>
/// Reports and places for the console's tests: a report stored as the self-report dialog stores it (a collapsed house
/// and no drinking water unless changed), and codes of places around a villager.
/// </summary>
internal static class ConsoleReports
{
    public static async Task<ReportRecord> FileAsync(WebApplicationFactory<Program> app, Resident villager,
        Func<ReportRecord, ReportRecord>? change = null, DateTimeOffset? at = null)
    {
        var services = app.Services;
        var report = new ReportRecord
        {
            VillageCode = villager.RegionCode, HouseholdId = villager.HouseholdId, ReporterId = villager.Id, Hazard = "flood",
            OccurredOn = "2026-07-01", House = "collapsed", Crops = "reduced", Water = "none", IncomeLostYuan = 2000,
            IncomeLostMaxYuan = 3000, HasLabour = true, UnknownFields = "medical", CreatedUtc = at ?? DateTimeOffset.UtcNow,
        };
        report = change?.Invoke(report) ?? report;
        await using var work = await services.GetRequiredService<StoreDb>().BeginAsync(CancellationToken.None);
        var stored = await services.GetRequiredService<ReportStore>().InsertAsync(work.Connection, work.Transaction, report, CancellationToken.None);
        await services.GetRequiredService<AuditStore>().AppendAsync(work.Connection, work.Transaction, $"person:{villager.Id}",
            "report_submitted", $"report:{stored.Number}", null, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return stored;
    }

    /// <summary>The app's database once the Host has started (and so migrated and seeded it).</summary>
    public static DbConnection Open(AlertsApp app)
    {
        _ = app.Services;
        return app.OpenDatabase();
    }

    /// <summary>A town of the demo county other than <paramref name="town"/>.</summary>
    public static string OtherTown(DbConnection c, string town) =>
        c.QueryFirst<string>("SELECT code FROM regions WHERE level = 4 AND code <> @Town ORDER BY code", new { Town = town });

    /// <summary>Another village of the same town as <paramref name="village"/>.</summary>
    public static string OtherVillageOfTown(DbConnection c, string village) =>
        c.QueryFirst<string>("SELECT code FROM regions WHERE level = 5 AND parent_code = @Town AND code <> @Village ORDER BY code",
            new { Town = village[..9] + "000", Village = village });

    /// <summary>An ordinary villager of a town other than <paramref name="town"/>.</summary>
    public static Resident VillagerOutside(DbConnection c, string town)
    {
        for (var nth = 0; ; nth++)
        {
            var v = Resident.Villager(c, nth);
            if (v.TownCode != town) return v;
        }
    }
}
