using System.Data.Common;
using Alerts.Store.People;
using Alerts.Monitoring.Cases;
using Alerts.Store;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Monitoring.Tests.Care;

/// <summary>
/// Monitoring as the Host wires it (AddStore, AddMonitoring) on a real migrated database of the test engine with the
/// demo county, a fake clock, and the duty roster read straight from its table. Opens monitored cases the way the
/// county enrols them.
/// </summary>
internal sealed class CareFixture : IAsyncDisposable
{
    /// <summary>10:00 in Beijing on a summer day.</summary>
    public static readonly DateTimeOffset Start = new(2026, 7, 10, 2, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db;
    private readonly ServiceProvider _services;

    private CareFixture(TempDatabase db, ServiceProvider services, FakeTimeProvider clock)
    {
        _db = db;
        _services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<CareFixture> StartAsync()
    {
        var db = await TempDatabase.WithDemoCountyAsync(households: 120);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Alerts"] = db.ConnectionString })
            .Build();
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IDutyRosters, TableRosters>();
        services.AddStore(configuration).AddMonitoring();
        return new CareFixture(db, services.BuildServiceProvider(validateScopes: true), clock);
    }

    public DbConnection Open() => _db.Open();

    /// <summary>A household of the demo county with its record as given, enrolled as 监测户 by the county.</summary>
    public async Task<(long CaseId, long HouseholdId, string Village)> EnrolledCaseAsync(string? labour, params string[] riskTypes)
    {
        long household;
        string village;
        using (var c = Open())
        {
            (household, village) = c.QueryFirst<(long, string)>("""
                SELECT h.id, h.village_code FROM households h
                WHERE h.is_monitored = 0 AND NOT EXISTS (SELECT 1 FROM monitoring_cases m WHERE m.household_id = h.id)
                  AND EXISTS (SELECT 1 FROM people p WHERE p.household_id = h.id)
                ORDER BY h.id LIMIT 1
                """);
            c.Execute("UPDATE households SET labour = @Labour WHERE id = @Id", new { Labour = labour, Id = household });
        }
        var cases = Get<CaseStore>();
        long id;
        await using (var work = await Get<StoreDb>().BeginAsync(CancellationToken.None))
        {
            var risks = System.Text.Json.JsonSerializer.Serialize(riskTypes);
            id = await cases.InsertAsync(work.Connection, work.Transaction, new CaseStore.NewCase(household, village, "grid_visit",
                "边缘易致贫户", risks, false, 5000, "测试", Now, "2026-07-25"), Now, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }
        // The village and the town have done their steps (the procedure's own tests walk them): the county decides.
        using (var c = Open()) c.Execute("UPDATE monitoring_cases SET stage = 'town_revisited' WHERE id = @Id", new { Id = id });
        Assert.True(await cases.DecideAsync(id, enrol: true, "account:1", null, Now, CancellationToken.None));
        return (id, household, village);
    }

    public long GridWorkerOf(string village)
    {
        using var c = Open();
        return c.QueryFirst<long>("SELECT id FROM people WHERE role = 'grid_worker' AND region_code = @Village ORDER BY id", new { Village = village });
    }

    public IReadOnlyList<(long PersonId, string Text, string Reason)> Notices(string reason)
    {
        using var c = Open();
        return c.Query<(long, string, string)>("SELECT person_id, text, reason FROM notifications WHERE reason = @Reason ORDER BY id",
            new { Reason = reason }).AsList();
    }

    public IReadOnlyList<CaseEvent> Events(long caseId) => Get<CaseStore>().EventsAsync(caseId, CancellationToken.None).GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _db.Dispose();
    }

    /// <summary>The duty roster as its table holds it (the Host reads it through Identity, which Monitoring does not know).</summary>
    private sealed class TableRosters : IDutyRosters
    {
        public async Task<IReadOnlyList<OnDuty>> AtAsync(DbConnection c, DbTransaction? tx, string villageCode, int level,
            CancellationToken ct) =>
            (await c.QueryAsync<OnDuty>(new CommandDefinition("""
                SELECT r.person_id AS PersonId, p.name AS Name, r.channel AS Channel FROM duty_roster r JOIN people p ON p.id = r.person_id
                WHERE r.region_code = @Code ORDER BY r.position
                """, new { Code = Alerts.Store.Regions.DivisionCode.AtLevel(villageCode, level) }, tx, cancellationToken: ct))).AsList();
    }
}
