using Alerts.Store.Migrations;
using Alerts.Store.Seeding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alerts.Store;

/// <summary>
/// Migrates the schema and loads the demo county before the Host starts listening: the web host starts after the
/// hosted services registered by the application.
/// </summary>
internal sealed class StoreStartup(Migrator migrator, DemoDataLoader demo, IOptions<DemoOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        if (options.Value.LoadOnEmptyDatabase) demo.LoadIfEmpty(options.Value.Households);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
