using Alerts.Channels.Messages;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// What Tencent's codes mean for us (tencent-sms.md §4). Any code may come for the whole request (Response.Error) or
/// for one number (SendStatusSet[i].Code), so both are read through here. Unknown codes are never retried blindly:
/// an InternalError may have sent, anything else is a refusal a person must look at.
/// </summary>
internal static class TencentSmsCodes
{
    public const string Ok = "Ok";
    public const string OptedOut = "FailedOperation.PhoneNumberInBlacklist";

    public static SendOutcome Classify(string code) => code switch
    {
        Ok => SendOutcome.Sent,
        // 免打扰名单: the person unsubscribed (or the carrier's do-not-disturb list has them); a wrong number.
        OptedOut or "InvalidParameterValue.IncorrectPhoneNumber" => SendOutcome.Unreachable,
        // Refused before sending: the API's own rate, or our clock more than 5 (10) minutes off.
        _ when code.StartsWith("RequestLimitExceeded", StringComparison.Ordinal) => SendOutcome.Retryable,
        "AuthFailure.SignatureExpire" or "InternalError.RequestTimeException" => SendOutcome.Retryable,
        _ when Window(code) is not null => SendOutcome.Retryable,
        // 请求下发短信超时, 收发包超时, other or unknown internal errors: it may have gone.
        "InternalError" or "InternalError.Timeout" or "InternalError.SendAndRecvFail" or "InternalError.OtherError"
            or "InternalError.UnknownError" or "InternalError.ParseBackendResponseFail" => SendOutcome.Unknown,
        // Credentials, signature or template not approved, parameters, balance, permissions: a person must act.
        _ => SendOutcome.Failed,
    };

    /// <summary>
    /// For a per-number frequency limit, how long until a send can work again, from <paramref name="nowUtc"/>: the
    /// 30-second and one-hour windows are rolling, so their length; the daily ones are the natural (Beijing) day, so
    /// until the next midnight there. Null for any other code.
    /// </summary>
    public static TimeSpan? Window(string code, DateTimeOffset? nowUtc = null) => code switch
    {
        "LimitExceeded.PhoneNumberThirtySecondLimit" => TimeSpan.FromSeconds(30),
        // No window is documented for the generic strategy: the shortest one Tencent has, and backoff after that.
        "LimitExceeded.DeliveryFrequencyLimit" => TimeSpan.FromSeconds(30),
        "LimitExceeded.PhoneNumberOneHourLimit" => TimeSpan.FromHours(1),
        "LimitExceeded.PhoneNumberDailyLimit" or "LimitExceeded.PhoneNumberSameContentDailyLimit" =>
            UntilBeijingMidnight(nowUtc ?? DateTimeOffset.UtcNow),
        _ => null,
    };

    private static TimeSpan UntilBeijingMidnight(DateTimeOffset nowUtc)
    {
        var beijing = nowUtc.ToOffset(TimeSpan.FromHours(8));
        var midnight = new DateTimeOffset(beijing.Date.AddDays(1), beijing.Offset);
        return midnight - beijing + TimeSpan.FromMinutes(1);
    }
}
