namespace Alerts.Channels.TencentSms;

/// <summary>A 上行短信 push (tencent-sms.md §7b): no message id, so (mobile, time, text) is its identity.</summary>
internal sealed record ReplyPush(string? Extend, string? Mobile, string? Nationcode, string? Sign, string? Text, long Time);
