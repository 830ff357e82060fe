namespace Alerts.Fakes.TencentSms;

/// <summary>
/// A status report (状态回执) for one message: <paramref name="ReceivedUtc"/> is when the phone got it,
/// <paramref name="ReportedUtc"/> when the report exists at Tencent (posted, or visible to the pull API).
/// </summary>
public sealed record FakeTencentReport(FakeTencentSms Message, bool Success, string ErrMsg, string Description,
    DateTimeOffset ReceivedUtc, DateTimeOffset ReportedUtc);
