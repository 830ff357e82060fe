using System.Data.Common;
using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Alerts.Store.Seeding;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Incidents.Tests.Upward;

/// <summary>
/// The demo county with Incidents wired as the Host wires it (rosters read from the duty_roster table), a 3-person county
/// roster and a 2-person roster for the city above it (市辖区 5001), and a fake clock at 10:00 Beijing time.
/// </summary>
internal sealed class UpwardWorld : IAsyncDisposable
{
    public const string Town = "500112101000";
    public const string County = DemoCounty.CountyCode;
    public const string City = DemoCounty.CityCode;
    public static readonly CancellationToken Ct = CancellationToken.None;

    private UpwardWorld(TempDatabase db, ServiceProvider services, FakeTimeProvider clock) => (Db, Services, Clock) = (db, services, clock);

    public TempDatabase Db { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }
    public DateTimeOffset Now => Clock.GetUtcNow();
    public IReadOnlyList<long> CountyRoster { get; private set; } = [];
    public IReadOnlyList<long> CityRoster { get; private set; } = [];

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static IncidentCaller CountyOfficial => new("county:emergency", County, IsOfficial: true, "emergency");

    public static async Task<UpwardWorld> CreateAsync()
    {
        var db = await TempDatabase.WithDemoCountyAsync(20);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(db.Db)
            .AddSingleton<AuditStore>().AddSingleton<NotificationStore>()
            .AddSingleton<IDutyRosters, TableRosters>()
            .AddIncidents()
            .BuildServiceProvider();
        var world = new UpwardWorld(db, services, clock);
        world.SeedRosters();
        return world;
    }

    public DbConnection Open() => Db.Open();

    /// <summary>A geological incident in the town, graded 大型 with its report drafted now (as grading will do).</summary>
    public async Task<(long Incident, long Report)> DraftAsync(string town = Town)
    {
        await using var work = await Db.Db.BeginAsync(Ct);
        var store = Get<IncidentStore>();
        var id = await store.InsertAsync(work.Connection, work.Transaction, town, "geological", "滑坡", Now, "system", Now, Ct);
        var incident = (await store.GetAsync(work.Connection, work.Transaction, id, Ct))!;
        var report = await Get<UpwardReports>().DraftAsync(work.Connection, work.Transaction, incident, IncidentGrades.Large,
            "险情：需转移 520 人，达到大型（500 人以上）", ["需转移人数：520人"], Now, Ct);
        await work.CommitAsync(Ct);
        return (id, report!.Value);
    }

    /// <summary>Moves the clock and runs the worker's step as the Host's worker does.</summary>
    public Task<int> AdvanceAndRunAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return Get<UpwardClock>().RunDueAsync(50, Ct);
    }

    public IReadOnlyList<(long Person, string Text)> Told(string reason = "incident_upward_reminder")
    {
        using var c = Open();
        return c.Query<(long, string)>("SELECT person_id, text FROM notifications WHERE reason = @Reason ORDER BY id", new { Reason = reason }).AsList();
    }

    public IReadOnlyList<string> Timeline(long incident)
    {
        using var c = Open();
        return c.Query<string>("SELECT kind FROM incident_events WHERE incident_id = @Id ORDER BY id", new { Id = incident }).AsList();
    }

    public async Task<UpwardReportView> ViewAsync(long incident)
    {
        var (reports, refusal) = await Get<UpwardReading>().OfIncidentAsync(CountyOfficial, incident, Now, Ct);
        Assert.Null(refusal);
        return Assert.Single(reports!);
    }

    private void SeedRosters()
    {
        using var c = Open();
        CountyRoster = c.Query<long>("SELECT id FROM people WHERE role = 'official' AND region_code = @County ORDER BY id LIMIT 3",
            new { County }).AsList();
        CityRoster = [AddOfficial(c, "市一"), AddOfficial(c, "市二")];
        c.Execute("DELETE FROM duty_roster WHERE region_code IN (@County, @City)", new { County, City });
        foreach (var (code, ids) in new[] { (County, CountyRoster), (City, CityRoster) })
            for (var i = 0; i < ids.Count; i++)
                c.Execute("INSERT INTO duty_roster (region_code, position, person_id, channel) VALUES (@Code, @Position, @Id, 'wechat')",
                    new { Code = code, Position = i + 1, Id = ids[i] });
    }

    private long AddOfficial(DbConnection c, string name) =>
        c.ExecuteScalar<long>("""
            INSERT INTO people (name, role, region_code, department, created_utc) VALUES (@Name, 'official', @City, 'emergency', @Now)
            RETURNING id
            """, new { Name = name, City, Now });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Db.Dispose();
    }

    /// <summary>The duty roster read straight from its table, at any level (the Host reads Identity's DutyRoster).</summary>
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
