using Alerts.Store.Audit;
using Alerts.Store.Conversations;
using Alerts.Store.Notifications;
using Alerts.Store.Reports;
using Alerts.Store.Database;
using Alerts.Store.Households;
using Alerts.Store.Hosts;
using Alerts.Store.Inbound;
using Alerts.Store.Outbound;
using Alerts.Store.Tokens;
using Alerts.Store.Migrations;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Alerts.Store.Seeding;
using Alerts.Store.Summary;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store on SQLite or PostgreSQL (by the connection string): options, connections, migrations at start-up (and the demo county on an empty
    /// database), and the per-table stores.
    /// </summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        DapperSetup.EnsureConfigured();
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .Configure(o => o.ConnectionString =
                configuration.GetConnectionString(StoreOptions.ConnectionStringName) ?? o.ConnectionString)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        services.AddOptions<HostsOptions>().Bind(configuration.GetSection(HostsOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoreDb>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<WriteProbe>();
        services.AddSingleton<HouseholdSeeder>();
        services.AddSingleton<DemoDataLoader>();
        services.AddSingleton<RegionStore>();
        services.AddSingleton<AreaTreeStore>();
        services.AddSingleton<HouseholdStore>();
        services.AddSingleton<PersonStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<AuditQuery>();
        services.AddSingleton<SummaryStore>();
        services.AddSingleton<InboundMessageStore>();
        services.AddSingleton<WeChatSeenPushStore>();
        services.AddSingleton<OutboundMessageStore>();
        services.AddSingleton<EarlyReceiptStore>();
        services.AddSingleton<OutboxView>();
        services.AddSingleton<ProviderTokenStore>();
        services.AddSingleton<ReachabilityStore>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<NotificationStore>();
        services.AddSingleton<ReportQuery>();
        services.AddSingleton<InboundHistoryQuery>();
        services.AddSingleton<NotificationQuery>();
        services.AddSingleton<HostRegistry>();
        services.AddHostedService<StoreStartup>();
        return services;
    }
}
