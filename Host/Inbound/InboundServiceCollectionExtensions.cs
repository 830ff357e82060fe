using Alerts.Channels;
using Alerts.Channels.WeChat;
using Alerts.Host.Outbound;
using Alerts.Host.Webhooks;

namespace Alerts.Host.Inbound;

internal static class InboundServiceCollectionExtensions
{
    /// <summary>The channels, the shared token store on SQLite, the inbound pipeline and outbound sending.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered before AddChannels, whose in-memory default is only a TryAdd.
        services.AddSingleton<IAccessTokenStore, DatabaseAccessTokenStore>();
        services.AddChannels(configuration);
        services.AddSingleton<OutboundMessenger>();
        services.AddSingleton<Receipts>();
        services.AddSingleton<ChannelEvents>();
        services.AddSingleton<DeferredReplies>();
        services.AddHostedService(sp => sp.GetRequiredService<DeferredReplies>());
        services.AddSingleton<InboundTurns>();
        services.AddSingleton<InboundPipeline>();
        services.AddSingleton<WeChatReplayGuard>();
        services.AddHostedService<NotificationWorker>();
        services.AddHostedService<ReplyRetryWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app) => app.MapWeChat().MapTwilio().MapTencentSms();
}
