using System.Data.Common;
using Alerts.Identity.Accounts;
using Alerts.Broadcast.Cap;
using Alerts.Broadcast.Targeting;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Audit;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Tests.Support;

/// <summary>Broadcast's classes wired by hand on a real temporary SQLite file with the demo county.</summary>
public sealed class BroadcastHarness : IDisposable
{
    private BroadcastHarness(TempDatabase database, BroadcastOptions options)
    {
        Database = database;
        Options = options;
        var audit = new AuditStore(database.Db, TimeProvider.System);
        var regions = new RegionStore(database.Db);
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Accounts = new AccountStore(database.Db, audit, TimeProvider.System);
        Warnings = new WarningStore(database.Db);
        Lifecycle = new WarningLifecycle(database.Db, Warnings, audit, regions, wrapped, TimeProvider.System, new TargetingSignal());
        Targeting = new TargetingStore(database.Db);
        Targeter = new Targeter(Warnings, Targeting, wrapped);
        Previews = new PreviewStore(database.Db);
        Importer = new CapImporter(Lifecycle, Warnings, regions, wrapped);
        Exporter = new CapExporter(Warnings, regions, wrapped);
    }

    public TempDatabase Database { get; }
    public BroadcastOptions Options { get; }
    public AccountStore Accounts { get; }
    public WarningStore Warnings { get; }
    public WarningLifecycle Lifecycle { get; }
    public TargetingStore Targeting { get; }
    public Targeter Targeter { get; }
    public PreviewStore Previews { get; }
    public CapImporter Importer { get; }
    public CapExporter Exporter { get; }

    public static async Task<BroadcastHarness> StartAsync(int households = 400, BroadcastOptions? options = null) =>
        new(await TempDatabase.WithDemoCountyAsync(households), options ?? new BroadcastOptions());

    public async Task<Account> OfficialAsync(string region, string department) =>
        (await Accounts.AddAsync("测试官员", AccountRoles.Official, region, department, CancellationToken.None)).Account;

    /// <summary>Creates a warning as one official, approves it as another, and returns it published.</summary>
    public async Task<Warning> PublishAsync(WarningRequest request, string region = "500112000000",
        string department = Departments.NaturalResources)
    {
        var creator = await OfficialAsync(region, department);
        var approver = await OfficialAsync(region, department);
        var created = await Lifecycle.CreateAsync(creator, request, CancellationToken.None);
        Assert.True(created.Succeeded, created.Refusal?.Detail);
        if (created.Value.Status == WarningStatuses.Published) return created.Value;
        var approved = await Lifecycle.ApproveAsync(approver, created.Value.Id, CancellationToken.None);
        Assert.True(approved.Succeeded, approved.Refusal?.Detail);
        return approved.Value;
    }

    public DbConnection Open() => Database.Open();

    public void Dispose() => Database.Dispose();
}
