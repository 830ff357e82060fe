namespace Alerts.Channels.TencentSms;

/// <summary>SendSms's Response: the numbers' outcomes, or the request's Error.</summary>
internal sealed record SendSmsResponse(IReadOnlyList<SendStatus>? SendStatusSet, TencentError? Error, string? RequestId);
