using System.Data.Common;
using Alerts.Monitoring.Cases;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Monitoring.Tests.Cases;

/// <summary>
/// The demo county on a real temp SQLite file, Monitoring wired as the Host wires it (the duty roster read from the
/// seeded duty_roster table), and a fake clock at 10:00 Beijing time on 2 November 2026.
/// </summary>
internal sealed class CaseWorld : IAsyncDisposable
{
    public const string Village = "500112101001";
    public const string Town = "500112101000";
    public const string County = "500112000000";
    public static readonly CancellationToken Ct = CancellationToken.None;

    private CaseWorld(TempDatabase db, ServiceProvider services, FakeTimeProvider clock) =>
        (Db, Services, Clock) = (db, services, clock);

    public TempDatabase Db { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }
    public DateTimeOffset Now => Clock.GetUtcNow();
    public DateOnly Today => BeijingTime.Today(Now);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<CaseWorld> CreateAsync()
    {
        var db = await TempDatabase.WithDemoCountyAsync(households: 200);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(db.Db)
            .AddSingleton<AuditStore>().AddSingleton<PersonStore>().AddSingleton<NotificationStore>().AddSingleton<RegionStore>()
            .AddSingleton<IDutyRosters, TableRosters>()
            .AddMonitoring()
            .BuildServiceProvider();
        return new CaseWorld(db, services, clock);
    }

    public DbConnection Open() => Db.Open();

    public static CaseCaller GridWorker(string village = Village) => new($"grid:{village}", village, IsOfficial: false, IsRuralOffice: false);

    public static CaseCaller TownOfficial(string town = Town) => new($"town:{town}", town, IsOfficial: true, IsRuralOffice: false);

    public static CaseCaller CountyRural => new("county:rural", County, IsOfficial: true, IsRuralOffice: true);

    public static CaseCaller CountyEmergency => new("county:emergency", County, IsOfficial: true, IsRuralOffice: false);

    /// <summary>A register household of the village with a head nobody else in the village has.</summary>
    public long AddHousehold(string head, string? registerNo = null, string village = Village)
    {
        using var c = Open();
        return c.ExecuteScalar<long>("""
            INSERT INTO households (village_code, address, head_name, register_no, created_utc)
            VALUES (@Village, '测试地址', @Head, @RegisterNo, @Now) RETURNING id
            """, new { Village = village, Head = head, RegisterNo = registerNo, Now = Now });
    }

    /// <summary>An application for <paramref name="household"/> dated today, opened by the village's grid worker.</summary>
    public async Task<long> OpenAsync(long household, DateOnly? on = null)
    {
        var (id, _, refusal) = await Get<CaseOpening>().OpenAsync(
            new CaseOpening.Request(CaseSources.Application, household, null, null, on, "本人申请"), GridWorker(), Now, Ct);
        Assert.Null(refusal);
        return id;
    }

    public Task<CaseRefusal?> StepAsync(long id, string step, string outcome, CaseCaller caller, string? note = null) =>
        Get<CaseProcedure>().RecordAsync(id, step, outcome, note, caller, Now, Ct);

    public (string Status, string Stage) State(long id)
    {
        using var c = Open();
        return c.QuerySingle<(string, string)>("SELECT status, stage FROM monitoring_cases WHERE id = @Id", new { Id = id });
    }

    public IReadOnlyList<string> EventKinds(long id)
    {
        using var c = Open();
        return c.Query<string>("SELECT kind || ':' || COALESCE(outcome, '') FROM case_events WHERE case_id = @Id ORDER BY at_utc, id",
            new { Id = id }).AsList();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Db.Dispose();
    }

    /// <summary>The duty roster as the demo county seeded it, read straight from its table.</summary>
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
