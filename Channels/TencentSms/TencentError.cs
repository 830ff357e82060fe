namespace Alerts.Channels.TencentSms;

/// <summary>Response.Error: the whole request failed (tencent-sms.md §2).</summary>
internal sealed record TencentError(string? Code, string? Message);
