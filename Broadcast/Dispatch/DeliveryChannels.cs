using System.Threading.RateLimiting;
using Alerts.Broadcast.Outbox;
using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Alerts.Channels.Twilio;
using Alerts.Channels.WeChat;
using Alerts.Store.Outbound;
using Alerts.Store.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// The providers as dispatch uses them: a WeChat template message or an SMS for one warning to one person, the
/// per-channel send permit, and Twilio's "did this SMS go?" lookup. With no provider at all a channel is the simulator,
/// whose messages are written to the outbound log so the console shows them; beside a live channel it is off.
/// </summary>
internal sealed class DeliveryChannels(
    ChannelSenders senders, IServiceProvider services, SendRateLimiter limiter, OutboundMessageStore outbound,
    ReachabilityStore reachability, IOptions<WeChatOptions> weChat, IOptions<DispatchOptions> options)
{
    public bool IsLive(ChannelKind channel) => senders.IsLive(channel);

    /// <summary>A broadcast-lane permit for a live channel (replies go first); null for the simulator.</summary>
    public async Task<RateLimitLease?> PermitAsync(ChannelKind channel, CancellationToken ct) =>
        IsLive(channel) ? await limiter.AcquireAsync(channel.ProviderName(), SendPriority.Broadcast, ct) : null;

    public Task<SendResult> SendWeChatAsync(string openId, DeliveryWarning warning, long personId, CancellationToken ct)
    {
        if (!IsLive(ChannelKind.WeChat))
            return SimulateAsync(ChannelKind.WeChat, openId, WarningText.Sms(warning, options.Value.SmsMaxLength),
                warning.Id, personId, ct);

        var o = options.Value;
        var templateKey = WarningText.TemplateKey(warning, weChat.Value.TemplateIds);
        var data = WarningText.TemplateData(warning, o.TemplateFields);
        var url = string.IsNullOrWhiteSpace(o.DetailUrl) ? null : string.Format(
            System.Globalization.CultureInfo.InvariantCulture, o.DetailUrl, warning.Id);
        return services.GetRequiredService<WeChatSender>().SendTemplateAsync(openId, templateKey, data,
            DeliveryKeys.ClientMsgId(warning.Id, personId), url, ct);
    }

    public async Task<SendResult> SendSmsAsync(string phone, string body, long warningId, long personId, CancellationToken ct)
    {
        if (!IsLive(ChannelKind.Sms)) return await SimulateAsync(ChannelKind.Sms, phone, body, warningId, personId, ct);
        var message = new OutboundMessage(ChannelKind.Sms, phone, body,
            DeliveryKeys.Outbound(warningId, personId, ChannelKind.Sms.Key()));
        var result = await services.GetRequiredService<TwilioSender>().SendAsync(message, ct);
        // Twilio knows of a STOP we never saw (sent to another number of the messaging service): remember it, so the
        // next warning does not spend a refused call on this number.
        if (TwilioErrorCodes.IsOptOut(result.Code)) await reachability.SetSmsOptOutAsync(phone, true, ct);
        return result;
    }

    /// <summary>Asks Twilio whether an SMS with this body went to <paramref name="phone"/> since <paramref name="since"/>.</summary>
    public Task<TwilioLookup> FindSmsAsync(string phone, DateTimeOffset since, string body, CancellationToken ct) =>
        services.GetRequiredService<TwilioApiClient>().FindSentAsync(phone, since, body, ct);

    private async Task<SendResult> SimulateAsync(ChannelKind channel, string address, string text, long warningId,
        long personId, CancellationToken ct)
    {
        var key = DeliveryKeys.Outbound(warningId, personId, channel.Key());
        // Beside a live channel this one is off, not simulated: the sender says unreachable and nothing is recorded.
        if (!senders.IsSimulated) return await senders.For(channel).SendAsync(new OutboundMessage(channel, address, text, key), ct);
        var segments = channel == ChannelKind.Sms ? SmsSegments.Count(text).Segments : (int?)null;
        var record = await outbound.RecordAsync(channel.Key(), address, text, key, "warning", segments, ct);
        if (record.State != "pending") return SendResult.Sent(record.ProviderMessageId);
        var result = await senders.For(channel).SendAsync(new OutboundMessage(channel, address, text, key), ct);
        await outbound.SetOutcomeAsync(record.Id, "simulated", result.ProviderMessageId, null, null, null, ct);
        return result;
    }
}
