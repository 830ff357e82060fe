namespace Alerts.Channels.WeChat;

/// <summary>POST cgi-bin/message/custom/send body for a text message.</summary>
internal sealed record WeChatCustomTextRequest(string Touser, string Msgtype, WeChatTextContent Text);
