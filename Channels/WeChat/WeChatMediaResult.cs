using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>The media, or why not, as a <see cref="SendResult"/> so token errors take the usual refresh-and-retry path.</summary>
internal sealed record WeChatMediaResult(SendResult Result, WeChatMedia? Media);
