namespace Alerts.Channels.TencentSms;

/// <summary>One status report as the pull returns it; SessionContext is empty unless Tencent switched it on.</summary>
internal sealed record PulledStatus(long UserReceiveTime, string? PhoneNumber, string? SerialNo, string? ReportStatus,
    string? Description, string? SessionContext);
