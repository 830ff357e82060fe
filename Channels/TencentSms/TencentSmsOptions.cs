using System.ComponentModel.DataAnnotations;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// Tencent Cloud SMS settings (section "TencentSms"; tencent-sms.md). Secrets (SecretKey, CallbackToken) come from the
/// environment or user-secrets, never appsettings. With nothing set the provider is off; <see cref="IsConfigured"/>
/// says whether sending is possible. Checked at start by <see cref="TencentSmsOptionsValidator"/>.
/// </summary>
internal sealed class TencentSmsOptions
{
    public const string SectionName = "TencentSms";

    public string? SecretId { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>The SMS application's SdkAppId (1400…).</summary>
    public string? SmsSdkAppId { get; set; }

    /// <summary>The approved signature's content (签名内容, not its id), e.g. 某某县应急管理局.</summary>
    public string? SignName { get; set; }

    /// <summary>X-TC-Region, required since 2021-01-11 (tencent-sms.md §1).</summary>
    [Required]
    public string Region { get; set; } = "ap-guangzhou";

    /// <summary>Tests point this at FakeTencentSmsServer on loopback.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://sms.tencentcloudapi.com/";

    /// <summary>
    /// The secret path segment of both callback URLs (/sms/tencent/{token}/status and …/reply). Tencent signs neither
    /// callback (tencent-sms.md §7), so this is all that tells a receipt or a villager's reply from a forgery: at
    /// least 32 characters, compared in constant time, kept out of logs.
    /// </summary>
    public string? CallbackToken { get; set; }

    /// <summary>
    /// Whether Tencent has switched on SessionContext in receipts (the callback's <c>ext</c>) and in the status pull
    /// (off unless 腾讯云短信小助手 enables it, tencent-sms.md §7–8). Only then can the pull say a send in doubt went.
    /// </summary>
    public bool SessionContextEchoed { get; set; }

    /// <summary>
    /// How long a send whose outcome is unknown waits for a receipt before it is resent and marked a possible
    /// duplicate. Carriers usually report within a minute or two; Tencent has no deduplication, so resending sooner
    /// risks a second text and resending never risks none arriving at all.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ReceiptWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The most sends one reply or notice is split across; beyond that its end is cut (README, "Tencent Cloud SMS").</summary>
    [Range(1, 10)]
    public int MaxParts { get; set; } = 4;

    /// <summary>Largest callback body accepted: a status push carries at most 100 items (tencent-sms.md §7).</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 131072;

    /// <summary>
    /// Approved templates by purpose: "warning" (and "warning.{hazard}", "warning.{hazard}.{level}" to differ by
    /// hazard and level), "notice", "reply", "code". See <see cref="TencentSmsTemplate"/>.
    /// </summary>
    public Dictionary<string, TencentSmsTemplate> Templates { get; set; } = new(StringComparer.Ordinal);

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(SecretId) && !string.IsNullOrWhiteSpace(SecretKey)
        && !string.IsNullOrWhiteSpace(SmsSdkAppId) && !string.IsNullOrWhiteSpace(SignName);
}
