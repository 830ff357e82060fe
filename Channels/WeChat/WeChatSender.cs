using Alerts.Channels.Messages;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Sends on WeChat. <see cref="SendAsync"/> uses customer-service (客服) text, which reaches people who wrote to us in
/// the last 48 h; broadcasts use <see cref="SendTemplateAsync"/>, which reaches every follower and is idempotent.
/// Both retry once with a fresh token when WeChat refuses the token.
/// </summary>
internal sealed class WeChatSender(WeChatApiClient api, WeChatAccessTokens tokens, IOptions<WeChatOptions> options)
    : IMessageSender
{
    public ChannelKind Channel => ChannelKind.WeChat;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        if (message.Channel != ChannelKind.WeChat)
        {
            throw new ArgumentException($"A {message.Channel} message was given to the WeChat sender.", nameof(message));
        }

        return tokens.ExecuteAsync(api, (token, c) => api.SendCustomTextAsync(token, message.Address, message.Text, c), ct);
    }

    /// <summary>
    /// Sends the template configured under <paramref name="templateKey"/> (e.g. "weather.red"). Reuse the same
    /// <paramref name="clientMsgId"/> (≤ 64 chars) on every retry of one alert to one person: WeChat sends it once.
    /// </summary>
    public Task<SendResult> SendTemplateAsync(string openId, string templateKey, IReadOnlyDictionary<string, string> data,
        string clientMsgId, string? url, CancellationToken ct)
    {
        if (!options.Value.TemplateIds.TryGetValue(templateKey, out var templateId) || templateId.Length == 0)
        {
            return Task.FromResult(new SendResult(SendOutcome.Failed, Code: "template-not-configured",
                Detail: $"No WeChat:TemplateIds entry for '{templateKey}'."));
        }

        return tokens.ExecuteAsync(api,
            (token, c) => api.SendTemplateAsync(token, openId, templateId, data, clientMsgId, url, c), ct);
    }
}
