namespace Alerts.Channels.WeChat;

/// <summary>
/// POST cgi-bin/message/template/send body. client_msg_id makes WeChat send one openid+id once within 10 minutes,
/// which is what makes retrying this call safe.
/// </summary>
internal sealed record WeChatTemplateRequest(
    string Touser,
    string TemplateId,
    string ClientMsgId,
    IReadOnlyDictionary<string, WeChatTemplateValue> Data,
    string? Url = null);
