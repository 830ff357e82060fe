using Alerts.Channels.Simulator;
using Alerts.Channels.Twilio;
using Alerts.Channels.WeChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Messages;

/// <summary>
/// Picks who really sends on a channel: the provider when its credentials are configured, otherwise the simulator,
/// so that `dotnet run` works with no account and every message still shows up in the outbound log.
/// </summary>
public sealed class ChannelSenders(IServiceProvider services)
{
    public IMessageSender For(ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat when IsLive(ChannelKind.WeChat) => services.GetRequiredService<WeChatSender>(),
        ChannelKind.Sms when IsLive(ChannelKind.Sms) => services.GetRequiredService<TwilioSender>(),
        _ => Simulated,
    };

    /// <summary>True when the provider's credentials are configured, so messages really leave.</summary>
    public bool IsLive(ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat => services.GetRequiredService<IOptions<WeChatOptions>>().Value.IsConfigured,
        ChannelKind.Sms => services.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured,
        _ => false,
    };

    private static readonly SimulatedSender Simulated = new();
}
