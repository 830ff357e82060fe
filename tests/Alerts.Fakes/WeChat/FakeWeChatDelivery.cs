namespace Alerts.Fakes.WeChat;

/// <summary>A message the fake accepted (counted once, whatever the retries).</summary>
public sealed record FakeWeChatDelivery(string Path, string OpenId, string MsgId, string Body, DateTimeOffset At);
