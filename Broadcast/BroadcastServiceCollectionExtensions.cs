using Alerts.Broadcast.Accounts;
using Alerts.Broadcast.DangerNotices;
using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.FollowUp;
using Alerts.Broadcast.Cap;
using Alerts.Broadcast.Recipients;
using Alerts.Broadcast.Targeting;
using Alerts.Broadcast.Warnings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Broadcast;

public static class BroadcastServiceCollectionExtensions
{
    /// <summary>
    /// Registers warnings (lifecycle, rules, CAP), targeting into the delivery outbox and its worker, expiry, API
    /// accounts and bearer API-key authentication (scheme <see cref="ApiKeyAuthentication.Scheme"/>, policy
    /// <see cref="ApiKeyAuthentication.Policy"/>). Needs AddStore.
    /// </summary>
    public static IServiceCollection AddBroadcast(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BroadcastOptions>()
            .Bind(configuration.GetSection(BroadcastOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccountStore>();
        services.AddSingleton<AccountIssuer>();
        services.AddSingleton<WarningStore>();
        services.AddSingleton<WarningLifecycle>();
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

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.Policy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.Scheme).RequireAuthenticatedUser());
        return services;
    }
}
