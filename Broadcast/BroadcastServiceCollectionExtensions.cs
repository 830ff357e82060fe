using Alerts.Broadcast.DangerNotices;
using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.FollowUp;
using Alerts.Broadcast.Cap;
using Alerts.Broadcast.Recipients;
using Alerts.Broadcast.Targeting;
using Alerts.Broadcast.Warnings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Broadcast;

public static class BroadcastServiceCollectionExtensions
{
    /// <summary>
    /// Registers warnings (lifecycle, rules, CAP), targeting into the delivery outbox and its worker, expiry and
    /// follow-up. Needs AddStore and AddIdentity (accounts).
    /// </summary>
    public static IServiceCollection AddBroadcast(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BroadcastOptions>()
            .Bind(configuration.GetSection(BroadcastOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WarningStore>();
        services.AddSingleton<WarningLifecycle>();
        services.AddSingleton<WarningListStore>();
        services.AddSingleton<ApprovalQueue>();
        services.AddSingleton<TargetingSignal>();
        services.TryAddSingleton<DispatchSignal>();
        services.AddSingleton<TargetingStore>();
        services.AddSingleton<Targeter>();
        services.AddSingleton<PreviewStore>();
        services.AddSingleton<DeliveryReportStore>();
        services.AddSingleton<ReceivedWarningStore>();
        services.AddSingleton<CapExporter>();
        services.AddSingleton<CapImporter>();
        services.AddHostedService<TargetingWorker>();
        services.AddHostedService<ExpiryWorker>();
        services.AddOptions<FollowUpOptions>().Bind(configuration.GetSection(FollowUpOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FollowUpStore>();
        services.AddHostedService<FollowUpWorker>();
        services.AddSingleton<WarningReplyStore>();
        services.AddSingleton<DangerNoticeWriter>();
        services.AddSingleton<ActiveWarningsQuery>();
        return services;
    }
}
