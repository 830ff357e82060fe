namespace Alerts.Fakes.TencentSms;

/// <summary>What the fake checks a request against: the API key, the SMS application, the approved signature and templates.</summary>
public sealed record FakeTencentAccount(string SecretId, string SecretKey, string SmsSdkAppId, string SignName,
    IReadOnlyList<FakeTencentTemplate> Templates)
{
    public const string DefaultSecretId = "AKIDfake00000000000000000000000001";
    public const string DefaultSecretKey = "fake-tencent-secret-key";
    public const string DefaultSmsSdkAppId = "1400000000";
    public const string DefaultSignName = "山区预警";

    /// <summary>
    /// A warning template (three params), a notification (one) and a verification code (0–6 digits). Each variable
    /// defaults to 6 characters, the limit for accounts opened after 2024-01-25 (tencent-sms.md §6).
    /// </summary>
    public static FakeTencentAccount Default { get; } = new(DefaultSecretId, DefaultSecretKey, DefaultSmsSdkAppId,
        DefaultSignName,
        [
            new FakeTencentTemplate("2000001", "{1}发布{2}预警：{3}", [6, 6, 6]),
            new FakeTencentTemplate("2000002", "通知：{1}，请留意。", [6]),
            new FakeTencentTemplate("2000003", "您的验证码为{1}，5分钟内有效。", [6], DigitsOnly: true),
        ]);

    public FakeTencentTemplate? FindTemplate(string? id) => Templates.FirstOrDefault(t => t.Id == id);
}
