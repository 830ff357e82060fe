namespace Alerts.Channels.WeChat;

internal sealed record WeChatTextContent(string Content);
