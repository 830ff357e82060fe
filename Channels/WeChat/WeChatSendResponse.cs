namespace Alerts.Channels.WeChat;

/// <summary>The message endpoints' answer: errcode 0 (or absent) means accepted; template sends add msgid.</summary>
internal sealed record WeChatSendResponse(int? Errcode, string? Errmsg, long? Msgid);
