namespace Alerts.Channels.TencentSms;

/// <summary>PullSmsSendStatusByPhoneNumber's body: one number's reports in a window of at most 7 days; Offset is
/// fixed at 0 (tencent-sms.md §8).</summary>
internal sealed record PullStatusRequest(long BeginTime, int Offset, int Limit, string PhoneNumber, string SmsSdkAppId,
    long EndTime);
