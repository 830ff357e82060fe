namespace Alerts.Channels.TencentSms;

/// <summary>One item of a 状态回执 push (tencent-sms.md §7a). <c>ext</c> is our SessionContext when Tencent switched it on.</summary>
internal sealed record StatusReport(string? UserReceiveTime, string? Nationcode, string? Mobile, string? ReportStatus,
    string? Errmsg, string? Description, string? Sid, string? Ext);
