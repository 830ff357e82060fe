using System.Diagnostics.CodeAnalysis;
using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>
/// The outcome of <see cref="WeChatWebhook.Open"/>. When Ok it carries what the reply needs: whether to encrypt,
/// our gh_ id (the push's ToUserName), and the request's timestamp and nonce (reused in the encrypted reply).
/// <see cref="Reason"/> is for logs only; never send it back to the caller.
/// </summary>
internal sealed record WeChatOpenResult(
    WeChatOpenStatus Status,
    string? Reason = null,
    InboundMessage? Message = null,
    bool IsEncrypted = false,
    string? OurOriginalId = null,
    string? Timestamp = null,
    string? Nonce = null,
    DateTimeOffset OpenedUtc = default)
{
    [MemberNotNullWhen(true, nameof(Message), nameof(OurOriginalId), nameof(Timestamp), nameof(Nonce))]
    public bool IsOk => Status == WeChatOpenStatus.Ok && Message is not null && OurOriginalId is not null &&
                        Timestamp is not null && Nonce is not null;

    public static WeChatOpenResult Forbidden(string reason) => new(WeChatOpenStatus.Forbidden, reason);

    public static WeChatOpenResult TooLarge(string reason) => new(WeChatOpenStatus.TooLarge, reason);

    public static WeChatOpenResult Malformed(string reason) => new(WeChatOpenStatus.Malformed, reason);
}
