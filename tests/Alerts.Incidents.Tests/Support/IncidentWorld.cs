using System.Data.Common;
using Alerts.Incidents.Core;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Incidents.Tests.Support;

/// <summary>The demo county on a real temp SQLite file with Incidents wired as the Host wires it, a test clock, and
/// the duty rosters read straight from the seeded table.</summary>
public sealed class IncidentWorld : IDisposable
{
    private readonly ServiceProvider _services;

    private IncidentWorld(TempDatabase db, ServiceProvider services, FakeTimeProvider clock) =>
        (Db, _services, Clock) = (db, services, clock);

    public TempDatabase Db { get; }
    public FakeTimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<IncidentWorld> CreateAsync()
    {
        var db = await TempDatabase.WithDemoCountyAsync(households: 40);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero));
        var services = ServicesFor(db, clock);
        return new IncidentWorld(db, services, clock);
    }

    /// <summary>The Incidents domain as the Host wires it, on <paramref name="db"/>, with the duty roster read from its table.</summary>
    public static ServiceProvider ServicesFor(TempDatabase db, TimeProvider clock) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddSingleton(clock)
        .AddSingleton(db.Db)
        .AddSingleton<AuditStore>().AddSingleton<NotificationStore>().AddSingleton<Alerts.Store.Reports.ReportStore>()
        .AddSingleton<IDutyRosters, TableRosters>()
        .AddIncidents()
        .BuildServiceProvider();

    public DbConnection Open() => Db.Open();

    /// <summary>The first village of the demo county with a villager, and that villager.</summary>
    public (string Village, long PersonId) Villager()
    {
        using var c = Open();
        return c.QueryFirst<(string, long)>("SELECT region_code, id FROM people WHERE role = 'villager' ORDER BY region_code, id");
    }

    public static IncidentCaller Official(string region) => new($"official:{region}", region, IsOfficial: true, "emergency");

    public static IncidentCaller GridWorker(string village) => new($"grid:{village}", village, IsOfficial: false, null);

    /// <summary>Joins an item through the intake in its own unit of work, as the bot's turn would.</summary>
    public async Task<IncidentJoin> JoinAsync(IncomingItem item)
    {
        await using var work = await Db.Db.BeginAsync(CancellationToken.None);
        var joined = await Get<IncidentIntake>().JoinAsync(work, item, "system", Now, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return joined!;
    }

    /// <summary>Files a report for the villager and joins it, as ReportSubmission does; confirmed at once when asked.</summary>
    public async Task<(long ReportId, long IncidentId)> ReportAsync(string village, long reporter, int deaths = 0, int? lossYuan = null,
        int? lossMaxYuan = null, bool confirmed = true, string hazard = "landslide")
    {
        await using var work = await Db.Db.BeginAsync(CancellationToken.None);
        var report = await Get<Alerts.Store.Reports.ReportStore>().InsertAsync(work.Connection, work.Transaction, new()
        {
            VillageCode = village, ReporterId = reporter, Hazard = hazard, Deaths = deaths, House = "none", Crops = "none",
            Water = "normal", IncomeLostYuan = lossYuan, IncomeLostMaxYuan = lossMaxYuan, CreatedUtc = Now,
        }, CancellationToken.None);
        if (confirmed)
            await work.Connection.ExecuteAsync("UPDATE reports SET status = 'confirmed' WHERE id = @Id", new { report.Id }, work.Transaction);
        var joined = await Get<IncidentIntake>().JoinAsync(work, new IncomingItem(IncidentItemKinds.Report, report.Id, village,
            Alerts.Store.Reports.ReportHazards.FamilyOf(hazard), Now, "滑坡"), "system", Now, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
        return (report.Id, joined!.IncidentId);
    }

    public void Dispose()
    {
        _services.Dispose();
        Db.Dispose();
    }

    private sealed class TableRosters : IDutyRosters
    {
        public async Task<IReadOnlyList<OnDuty>> AtAsync(DbConnection c, DbTransaction? tx, string villageCode, int level,
            CancellationToken ct) =>
            (await c.QueryAsync<OnDuty>(new CommandDefinition("""
                SELECT d.person_id AS PersonId, p.name AS Name, d.channel AS Channel
                FROM duty_roster d JOIN people p ON p.id = d.person_id WHERE d.region_code = @Code ORDER BY d.position
                """, new { Code = DivisionCode.AtLevel(villageCode, level) }, tx, cancellationToken: ct))).AsList();
    }
}
