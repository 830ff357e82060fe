namespace Alerts.Channels.WeChat;

/// <summary>One template keyword. color was dropped by WeChat in May 2023, so there is none.</summary>
internal sealed record WeChatTemplateValue(string Value);
