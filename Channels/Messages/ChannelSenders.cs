using Alerts.Channels.Simulator;
using Alerts.Channels.Sms;
using Alerts.Channels.TencentSms;
using Alerts.Channels.Twilio;
using Alerts.Channels.WeChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Messages;

/// <summary>
/// Picks who really sends on a channel. With no provider configured at all, every channel is simulated, so that
/// `dotnet run` works with no account and every message still shows up in the outbound log. As soon as any provider
/// is configured the simulator is gone: a configured channel sends for real and a channel without a provider is off
/// (its messages are unreachable), never simulated beside a live one. There is no override. SMS goes through the
/// one provider <see cref="SmsOptions"/> chooses: Twilio or Tencent Cloud.
/// </summary>
public sealed class ChannelSenders(IServiceProvider services)
{
    public IMessageSender For(ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat when IsLive(ChannelKind.WeChat) => services.GetRequiredService<WeChatSender>(),
        ChannelKind.Sms when IsLive(ChannelKind.Sms) && SmsProvider == SmsOptions.Tencent =>
            services.GetRequiredService<TencentSmsSender>(),
        ChannelKind.Sms when IsLive(ChannelKind.Sms) => services.GetRequiredService<TwilioSender>(),
        _ when IsSimulated => Simulated,
        _ => Off,
    };

    /// <summary>True when the provider's credentials are configured, so messages really leave.</summary>
    public bool IsLive(ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat => services.GetRequiredService<IOptions<WeChatOptions>>().Value.IsConfigured,
        ChannelKind.Sms => SmsProvider switch
        {
            SmsOptions.Tencent => services.GetRequiredService<IOptions<TencentSmsOptions>>().Value.IsConfigured,
            SmsOptions.Twilio => services.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured,
            _ => false,
        },
        _ => false,
    };

    /// <summary>No provider is configured: every channel goes through the simulator, and the simulator page exists.</summary>
    public bool IsSimulated => !IsLive(ChannelKind.WeChat) && !IsLive(ChannelKind.Sms);

    /// <summary>The provider's name in configuration (Resilience:{name}): its send rate and pipeline.</summary>
    public string ProviderName(ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat => ChannelNames.WeChat,
        ChannelKind.Sms => SmsProvider == SmsOptions.Tencent ? ChannelNames.TencentSms : ChannelNames.Twilio,
        _ => "Simulator",
    };

    /// <summary>"tencent" or "twilio": the one chosen, else the one configured (both configured is refused at start).</summary>
    internal string? SmsProvider => Choose(services.GetRequiredService<IOptions<SmsOptions>>().Value.Provider,
        services.GetRequiredService<IOptions<TwilioOptions>>().Value.IsConfigured,
        services.GetRequiredService<IOptions<TencentSmsOptions>>().Value.IsConfigured);

    internal static string? Choose(string? chosen, bool twilio, bool tencent) =>
        chosen is { Length: > 0 } ? chosen.Trim().ToLowerInvariant()
        : tencent && !twilio ? SmsOptions.Tencent
        : twilio && !tencent ? SmsOptions.Twilio
        : null;

    private static readonly SimulatedSender Simulated = new();
    private static readonly OffSender Off = new();

    /// <summary>A channel with no provider while another is live: nothing can be sent on it.</summary>
    private sealed class OffSender : IMessageSender
    {
        public ChannelKind Channel => ChannelKind.Simulator;

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct) =>
            Task.FromResult(new SendResult(SendOutcome.Unreachable, Code: "channel-off", Detail: "no provider is configured for this channel"));

        public Task<Reconciliation> ReconcileAsync(OutboundMessage message, DoubtfulSend send, CancellationToken ct) =>
            Task.FromResult(Reconciliation.SendAgain);
    }
}
