namespace Alerts.Channels.TencentSms;

/// <summary>SendSms's body (tencent-sms.md §1): one number per request, so each person's outcome is its own.</summary>
internal sealed record SendSmsRequest(IReadOnlyList<string> PhoneNumberSet, string SmsSdkAppId, string SignName,
    string TemplateId, IReadOnlyList<string> TemplateParamSet, string SessionContext);
