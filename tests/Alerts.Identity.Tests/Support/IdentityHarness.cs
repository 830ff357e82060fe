using System.Data.Common;
using Alerts.Identity;
using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Alerts.Identity.Help;
using Alerts.Identity.Linking;
using Alerts.Identity.Roster;
using Alerts.Store;
using Alerts.Store.Database;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Identity.Tests.Support;

/// <summary>The Identity services on a real database of the test engine with a small demo county, and a clock the test
/// moves.</summary>
public sealed class IdentityHarness : IDisposable
{
    private readonly TempDatabase _database;
    private readonly ServiceProvider _services;

    private IdentityHarness(TempDatabase database, IDictionary<string, string?>? settings)
    {
        _database = database;
        var all = new Dictionary<string, string?> { ["ConnectionStrings:Alerts"] = database.ConnectionString };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddStore(configuration);
        services.AddIdentity(configuration);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero));

    public static async Task<IdentityHarness> StartAsync(IDictionary<string, string?>? settings = null) =>
        new(await TempDatabase.WithDemoCountyAsync(households: 40), settings);

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public AccountStore Accounts => Get<AccountStore>();
    public PhoneLinking Linking => Get<PhoneLinking>();
    public StaffBinding Binding => Get<StaffBinding>();
    public DutyRoster Roster => Get<DutyRoster>();
    public HelpDesk Help => Get<HelpDesk>();

    public DbConnection Open() => _database.Open();

    /// <summary>Runs <paramref name="work"/> in one committed transaction, as a bot turn would.</summary>
    public async Task<T> InTurnAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work)
    {
        await using var c = await Get<StoreDb>().OpenAsync(CancellationToken.None);
        await using var tx = await c.BeginTransactionAsync();
        var result = await work(c, tx);
        await tx.CommitAsync();
        return result;
    }

    /// <summary>A villager with a phone (and no consent yet), a grid worker, an official: by role, the first of each.</summary>
    public (long Id, string Phone, string Region) First(string role)
    {
        using var c = Open();
        return c.QueryFirst<(long, string, string)>(
            "SELECT id, phone, region_code FROM people WHERE role = @Role AND phone IS NOT NULL ORDER BY id", new { Role = role });
    }

    public IReadOnlyList<(long PersonId, string Text, string? OnlyChannel)> Notifications()
    {
        using var c = Open();
        return c.Query<(long, string, string?)>("SELECT person_id, text, only_channel FROM notifications ORDER BY id").AsList();
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }
}
