namespace Alerts.Channels.WeChat;

/// <summary>A temporary media file (a villager's photo) as WeChat served it: its content type and bytes.</summary>
public sealed record WeChatMedia(string ContentType, byte[] Bytes);
