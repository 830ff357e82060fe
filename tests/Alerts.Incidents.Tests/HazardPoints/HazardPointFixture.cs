using System.Data.Common;
using System.Text;
using Alerts.Incidents.Core;
using Alerts.Incidents.HazardPoints;
using Alerts.Store.Audit;
using Alerts.Store.People;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Incidents.Tests.HazardPoints;

/// <summary>The demo county with a village's real households and a villager with a phone, to write hazard point files from.</summary>
internal sealed record HazardPointFixture(TempDatabase Db, string Village, IReadOnlyList<string> RegisterNos, string MonitorPhone,
    string OtherTown)
{
    public const string Header = "统一编号,名称,村代码,类型,经度,纬度,威胁人数,威胁财产（万元）,受威胁户,监测员,安置点";
    public static readonly DateTimeOffset T0 = new(2026, 7, 1, 2, 0, 0, TimeSpan.Zero);

    public static async Task<HazardPointFixture> CreateAsync()
    {
        var db = await TempDatabase.WithDemoCountyAsync(300);
        using var c = db.Open();
        var village = c.QueryFirst<string>("""
            SELECT h.village_code FROM households h JOIN people p ON p.household_id = h.id
            WHERE h.register_no IS NOT NULL AND p.phone IS NOT NULL GROUP BY h.village_code
            HAVING COUNT(DISTINCT h.id) >= 3 ORDER BY h.village_code LIMIT 1
            """);
        var numbers = c.Query<string>("SELECT register_no FROM households WHERE village_code = @village AND register_no IS NOT NULL ORDER BY id LIMIT 3",
            new { village }).AsList();
        var phone = c.QueryFirst<string>("SELECT phone FROM people WHERE region_code = @village AND role = 'villager' AND phone IS NOT NULL ORDER BY id",
            new { village });
        c.Execute("""
            INSERT INTO shelters (village_code, name, capacity, created_utc, updated_utc) VALUES (@village, '村小学', 200, @T0, @T0)
            """, new { village, T0 });
        var otherTown = c.QueryFirst<string>("SELECT code FROM regions WHERE level = 4 AND code <> @town ORDER BY code",
            new { town = village[..9] + "000" });
        return new HazardPointFixture(db, village, numbers, phone, otherTown);
    }

    public string Row(string code, string households, string? monitor = null, string shelter = "村小学", string village = "") =>
        $"{code},后山滑坡{code},{(village.Length > 0 ? village : Village)},滑坡,106.5,29.5,12,35.5,{households},{monitor ?? MonitorPhone},{shelter}";

    public string File(params string[] rows) => string.Join("\n", [Header, .. rows]);

    public HazardPointImporter Importer() => new(Db.Db, new HazardPointStore(Db.Db), new HazardPointLookups(Db.Db, new PersonStore(Db.Db)),
        t => t.StartsWith('+') ? t : "+86" + t.Trim(), new AuditStore(Db.Db, new FakeTimeProvider(T0)));

    public Task<HazardPointImporter.Outcome> ImportAsync(string csv, string? region = null, string? department = "natural_resources") =>
        Importer().ImportAsync(Encoding.UTF8.GetBytes(csv), new IncidentCaller("official:1", region ?? Village[..6] + "000000", true, department), T0, CancellationToken.None);

    public DbConnection Open() => Db.Open();
}
