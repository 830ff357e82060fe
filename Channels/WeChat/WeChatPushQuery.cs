namespace Alerts.Channels.WeChat;

/// <summary>
/// The query string of a push. The openid in it is not signed (wechat.md §2), so it is kept only for logging;
/// the sender comes from the body's FromUserName.
/// </summary>
internal sealed record WeChatPushQuery(
    string? Signature,
    string? Timestamp,
    string? Nonce,
    string? EncryptType = null,
    string? MsgSignature = null,
    string? OpenId = null)
{
    /// <summary>Reads the WeChat parameter names from any query lookup, e.g. <c>key => request.Query[key]</c>.</summary>
    public static WeChatPushQuery From(Func<string, string?> get) => new(
        get("signature"), get("timestamp"), get("nonce"), get("encrypt_type"), get("msg_signature"), get("openid"));
}
