using Alerts.Channels.Messages;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Sends on WeChat. A message with a <see cref="OutboundMessage.Template"/> goes as a template message, which reaches
/// every follower and is idempotent by its key (client_msg_id); other text goes as customer-service (客服) text, which
/// reaches people who wrote to us in the last 48 h. Both retry once with a fresh token when WeChat refuses the token.
/// </summary>
internal sealed class WeChatSender(WeChatApiClient api, WeChatAccessTokens tokens, IOptions<WeChatOptions> options,
    TimeProvider time) : IMessageSender
{
    /// <summary>WeChat sends one openid + client_msg_id once within this window (wechat.md §7).</summary>
    public static readonly TimeSpan DedupWindow = TimeSpan.FromMinutes(10);

    public ChannelKind Channel => ChannelKind.WeChat;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        if (message.Channel != ChannelKind.WeChat)
        {
            throw new ArgumentException($"A {message.Channel} message was given to the WeChat sender.", nameof(message));
        }

        return message.Template is { } template
            ? SendTemplateAsync(message.Address, template.Key, template.Data, message.IdempotencyKey, template.Url, ct)
            : tokens.ExecuteAsync(api, (token, c) => api.SendCustomTextAsync(token, message.Address, message.Text, c), ct);
    }

    /// <summary>
    /// WeChat cannot be asked whether a message went. A template resent with the same client_msg_id inside the dedup
    /// window is dropped if the first one went, so that resend is the reconciliation; after the window, or for
    /// customer-service text (no key), a resend could arrive twice.
    /// </summary>
    public Task<Reconciliation> ReconcileAsync(OutboundMessage message, DoubtfulSend send, CancellationToken ct) =>
        Task.FromResult(message.Template is not null && time.GetUtcNow() - send.FirstAttemptUtc < DedupWindow
            ? Reconciliation.ResendDeduplicated
            : Reconciliation.CannotTell);

    /// <summary>
    /// Sends the template configured under <paramref name="templateKey"/> (e.g. "weather.red"). Reuse the same
    /// <paramref name="clientMsgId"/> (≤ 64 chars) on every retry of one alert to one person: WeChat sends it once.
    /// </summary>
    private Task<SendResult> SendTemplateAsync(string openId, string templateKey, IReadOnlyDictionary<string, string> data,
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
