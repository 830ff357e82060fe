using System.Globalization;

namespace Alerts.Fakes.TencentSms;

/// <summary>
/// A deployment's Tencent account as tests use it: templates approved with the lengths a county alerting account is
/// granted (longer than a new account's 6), the same on the fake's side (<see cref="Account"/>) and in Alerts'
/// configuration (<see cref="Settings"/>), so a test can start the fake and point a Host at it in two lines.
/// </summary>
public static class TencentSmsTestAccount
{
    public const string CallbackToken = "tencent-callback-token-0123456789abcdef";

    /// <summary>(configuration key, id, body, Alerts' Params, the fake's max lengths, digits only)</summary>
    private static readonly (string Key, string Id, string Body, string[] Params, int[] Max, bool Digits)[] Templates =
    [
        ("warning", "3000001", "{1}：{2}。{3}。回复1确认，回复2求助。", ["title:20", "headline:60", "instruction:60"], [20, 60, 60], false),
        ("warning.geological", "3000002", "{1}：{2}。撤离去向：{3}。回复1确认，回复2求助。", ["title:20", "headline:60", "shelter|instruction:30"], [20, 60, 30], false),
        ("notice", "3000003", "通知：{1}", ["text:60"], [60], false),
        ("reply", "3000004", "灾害服务：{1}", ["text:60"], [60], false),
        ("code", "3000005", "您的验证码为{1}，{2}分钟内有效。", ["code:6", "minutes:2"], [6, 2], true),
    ];

    public static FakeTencentAccount Account { get; } = FakeTencentAccount.Default with
    {
        Templates = [.. Templates.Select(t => new FakeTencentTemplate(t.Id, t.Body, t.Max, t.Digits))],
    };

    /// <summary>Alerts' TencentSms section for <paramref name="server"/>, plus any overrides.</summary>
    public static Dictionary<string, string?> Settings(FakeTencentSmsServer server, bool sessionContextEchoed = true) =>
        Settings(server.BaseAddress, server.Account, sessionContextEchoed);

    /// <summary>The same for an API address no test calls (rules checked without a server).</summary>
    public static Dictionary<string, string?> Settings(Uri apiBase, FakeTencentAccount? account = null,
        bool sessionContextEchoed = true)
    {
        var a = account ?? Account;
        var settings = new Dictionary<string, string?>
        {
            ["Sms:Provider"] = "tencent",
            ["TencentSms:SecretId"] = a.SecretId, ["TencentSms:SecretKey"] = a.SecretKey,
            ["TencentSms:SmsSdkAppId"] = a.SmsSdkAppId, ["TencentSms:SignName"] = a.SignName,
            ["TencentSms:ApiBaseUrl"] = apiBase.ToString(), ["TencentSms:CallbackToken"] = CallbackToken,
            ["TencentSms:SessionContextEchoed"] = sessionContextEchoed ? "true" : "false",
        };
        foreach (var t in Templates)
        {
            settings[$"TencentSms:Templates:{t.Key}:Id"] = t.Id;
            settings[$"TencentSms:Templates:{t.Key}:Body"] = t.Body;
            settings[$"TencentSms:Templates:{t.Key}:DigitsOnly"] = t.Digits ? "true" : "false";
            for (var i = 0; i < t.Params.Length; i++)
                settings[$"TencentSms:Templates:{t.Key}:Params:{i.ToString(CultureInfo.InvariantCulture)}"] = t.Params[i];
        }

        return settings;
    }
}
