using System.Text;
using System.Text.Json.Nodes;

namespace Alerts.Fakes.TencentSms;

/// <summary>SendSms and PullSmsSendStatusByPhoneNumber on an authenticated request; each returns Response's content.</summary>
internal sealed class FakeTencentActions(FakeTencentSmsServer server)
{
    private const int MaxNumbers = 200;
    private const int MaxTextLength = 500;
    private const int MaxCodeDigits = 6;
    private static readonly TimeSpan PullHorizon = TimeSpan.FromDays(7);

    public static JsonObject Error(string code, string message) =>
        new() { ["Error"] = new JsonObject { ["Code"] = code, ["Message"] = message } };

    public JsonObject SendSms(JsonObject json)
    {
        var account = server.Account;
        var numbers = Strings(json["PhoneNumberSet"]);
        var parameters = Strings(json["TemplateParamSet"]);
        var template = account.FindTemplate(Text(json["TemplateId"]));
        var refusal = Text(json["SmsSdkAppId"]) != account.SmsSdkAppId
                ? Error(FakeTencentCodes.SdkAppIdNotExist, "SdkAppId不存在。")
            : numbers.Count == 0 ? Error(FakeTencentCodes.EmptyPhoneNumberSet, "传入的号码列表为空。")
            : numbers.Count > MaxNumbers ? Error(FakeTencentCodes.PhoneNumberCount, "单次请求的号码数超过200。")
            : Text(json["SignName"]) != account.SignName
                ? Error(FakeTencentCodes.SignatureIncorrect, "签名未审批或格式错误。")
            : template is null ? Error(FakeTencentCodes.TemplateIncorrect, "模板未审批或请求的内容与审核通过的模板内容不匹配。")
            : CheckParameters(template, parameters);
        if (refusal is not null)
        {
            return refusal;
        }

        var text = "【" + account.SignName + "】" + template!.Render(parameters);
        if (text.Length > MaxTextLength)
        {
            return Error(FakeTencentCodes.ContentLengthLimit, "请求的短信内容太长。");
        }

        var session = Text(json["SessionContext"]) ?? "";
        var set = new JsonArray();
        foreach (var number in numbers)
        {
            var e164 = FakeTencentPhone.Normalise(number);
            var (code, message) = e164 is null
                ? (FakeTencentCodes.IncorrectPhoneNumber, null)
                : server.Accept(e164, template, parameters, text, session);
            set.Add(new JsonObject
            {
                ["SerialNo"] = message?.SerialNo ?? "", ["PhoneNumber"] = e164 ?? number,
                ["Fee"] = message is null ? 0 : Fee(text), ["SessionContext"] = session, ["Code"] = code,
                ["Message"] = message is null ? code : "send success", ["IsoCode"] = e164 is null ? "DEF" : "CN",
            });
        }

        return new JsonObject { ["SendStatusSet"] = set };
    }

    public JsonObject PullByPhoneNumber(JsonObject json)
    {
        if (Text(json["SmsSdkAppId"]) != server.Account.SmsSdkAppId)
        {
            return Error(FakeTencentCodes.SdkAppIdNotExist, "SdkAppId不存在。");
        }

        var e164 = FakeTencentPhone.Normalise(Text(json["PhoneNumber"]));
        if (e164 is null || Number(json["BeginTime"]) is not { } begin)
        {
            return Error(FakeTencentCodes.MissingParameter, "PhoneNumber and BeginTime are required.");
        }

        // Tencent keeps seven days (tencent-sms.md §8) and Offset is "目前固定设置为0"; Limit is at most 100.
        var now = server.Time.GetUtcNow();
        var from = DateTimeOffset.FromUnixTimeSeconds(begin);
        from = from < now - PullHorizon ? now - PullHorizon : from;
        var to = Number(json["EndTime"]) is { } end ? DateTimeOffset.FromUnixTimeSeconds(end) : now;
        var limit = (int)Math.Clamp(Number(json["Limit"]) ?? 100, 0, 100);
        var set = new JsonArray();
        foreach (var report in server.ReportsFor(e164, from, to).Take(limit))
        {
            set.Add(new JsonObject
            {
                ["UserReceiveTime"] = report.ReceivedUtc.ToUnixTimeSeconds(), ["CountryCode"] = "86",
                ["SubscriberNumber"] = FakeTencentPhone.National(e164), ["PhoneNumber"] = e164,
                ["SerialNo"] = report.Message.SerialNo, ["ReportStatus"] = report.Success ? "SUCCESS" : "FAIL",
                ["Description"] = report.ErrMsg,
                ["SessionContext"] = server.SessionContextInReports ? report.Message.SessionContext : "",
            });
        }

        return new JsonObject { ["PullSmsSendStatusSet"] = set };
    }

    /// <summary>Count, code-template digits, URLs, then each length in .NET chars (Tencent counts each 汉字 as one).</summary>
    private static JsonObject? CheckParameters(FakeTencentTemplate template, IReadOnlyList<string> parameters)
    {
        if (parameters.Count != template.PlaceholderCount)
        {
            return Error(FakeTencentCodes.TemplateParamCount, "请求内容与审核通过的模板内容不匹配。");
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            var value = parameters[i];
            if (template.DigitsOnly && (value.Length > MaxCodeDigits || !value.All(char.IsAsciiDigit)))
            {
                return Error(FakeTencentCodes.TemplateParameterFormat, "验证码模板参数格式错误，验证码类模板，模板变量只能传入0 - 6位（包括6位）纯数字。");
            }

            if (value.Contains("http://", StringComparison.OrdinalIgnoreCase)
                || value.Contains("https://", StringComparison.OrdinalIgnoreCase)
                || value.Contains("www.", StringComparison.OrdinalIgnoreCase))
            {
                return Error(FakeTencentCodes.UrlInTemplateParameter, "禁止在模板变量中使用 URL。");
            }

            if (i < template.MaxLengths.Count && value.Length > template.MaxLengths[i])
            {
                return Error(FakeTencentCodes.TemplateParameterLength, "单个模板变量字符数超过上限。");
            }
        }

        return null;
    }

    // 70 characters bill as one message, longer ones at 67 per part (tencent-sms.md §6, signature included).
    private static int Fee(string text) => text.Length <= 70 ? 1 : (text.Length + 66) / 67;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    // The 2021-01-11 models type these as integers; a number sent as a string is refused like a missing one.
    private static long? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => Text(n) ?? "")] : [];
}
