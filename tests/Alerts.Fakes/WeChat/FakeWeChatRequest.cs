namespace Alerts.Fakes.WeChat;

/// <summary>One request as received, for exact assertions. Query includes access_token: this is a fake.</summary>
public sealed record FakeWeChatRequest(string Method, string Path, string Query, string Body, DateTimeOffset At);
