using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Alerts.Channels.TencentSms;
using Alerts.Channels.Twilio;
using Alerts.Channels.WeChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>
    /// Registers WeChat, Twilio and Tencent Cloud SMS (webhooks, API clients behind one resilience pipeline each, senders), the per-channel
    /// send-rate limits and the simulator. A provider without credentials is replaced by the simulator when sending.
    /// </summary>
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWeChat(configuration).AddAlertsResilience(ChannelNames.WeChat);
        services.AddTwilio(configuration).AddAlertsResilience(ChannelNames.Twilio);
        services.AddTencentSms(configuration).AddAlertsResilience(ChannelNames.TencentSms);
        services.AddSendRateLimits(configuration);
        services.AddSingleton<ChannelSenders>();
        services.AddSingleton<SendGate>();
        return services;
    }
}
