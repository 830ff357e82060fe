namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// A warning as dispatch will send it: the SMS body with its length in characters and the segments it is billed as,
/// and the WeChat template (its configured key, the id configured for it if any, and its data key → value).
/// </summary>
public sealed record WarningMessage(string Sms, int SmsLength, int SmsSegments, string TemplateKey, string? TemplateId,
    IReadOnlyDictionary<string, string> TemplateData);
