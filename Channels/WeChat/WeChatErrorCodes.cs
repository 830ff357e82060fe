using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>
/// WeChat API errcodes (returned with HTTP 200) mapped to our outcomes; see wechat.md §5–7.
/// </summary>
internal static class WeChatErrorCodes
{
    public const int Ok = 0;
    public const int SystemBusy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenMissing = 41001;
    public const int AccessTokenExpired = 42001;
    public const int DailyQuota = 45009;
    public const int MinuteQuota = 45011;

    public static SendOutcome Classify(int errcode) => errcode switch
    {
        Ok => SendOutcome.Sent,
        // Busy, per-minute and daily quotas, per-openid frequency (43117): the provider did nothing, later may work.
        SystemBusy or MinuteQuota or DailyQuota or 43117 => SendOutcome.Retryable,
        // Not following (43004), outside the 48 h window or unfollowed (45015), bad openid (40003), blacklisted
        // (43019), out of the 客服 reply count (45047), refused the subscription (43101): use another channel.
        43004 or 45015 or 40003 or 43019 or 45047 or 43101 => SendOutcome.Unreachable,
        // A token error that survived our one refresh-and-retry is most likely another process rotating the token
        // (wechat.md §5), which settles; a wrong secret fails at the token endpoint instead.
        _ when IsTokenError(errcode) => SendOutcome.Retryable,
        _ => SendOutcome.Failed,
    };

    /// <summary>The access token was refused: drop it (if still cached), fetch a fresh one and retry once.</summary>
    public static bool IsTokenError(int errcode) =>
        errcode is InvalidCredential or InvalidAccessToken or AccessTokenExpired or AccessTokenMissing;

    /// <summary>True when a <see cref="SendResult"/> from <see cref="WeChatApiClient"/> carries a token errcode.</summary>
    public static bool IsTokenError(SendResult result) =>
        int.TryParse(result.Code, out var errcode) && IsTokenError(errcode);

    /// <summary>
    /// A hint for when to try again. 45011 says "retry next minute"; the daily quota resets at midnight Beijing time,
    /// and an hour keeps the outbox from hammering until then (the outbox owns the actual backoff).
    /// </summary>
    public static TimeSpan? RetryAfterHint(int errcode) => errcode switch
    {
        MinuteQuota => TimeSpan.FromMinutes(1),
        DailyQuota => TimeSpan.FromHours(1),
        _ => null,
    };
}
