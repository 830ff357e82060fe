using Alerts.Channels.Messages;
using Microsoft.Extensions.Logging;

namespace Alerts.Channels.WeChat;

/// <summary>
/// WeChat's log lines (EventIds 2100–2199). Kept here until the Channels project has its single Log class; move them
/// there then. Tokens, secrets and openids are never parameters.
/// </summary>
internal static partial class WeChatLog
{
    [LoggerMessage(2100, LogLevel.Warning, "WeChat {Endpoint} failed: {Outcome} {Code}")]
    public static partial void CallFailed(ILogger logger, string endpoint, SendOutcome outcome, string? code);

    [LoggerMessage(2101, LogLevel.Information, "WeChat access token refreshed, expires {ExpiresUtc:O}")]
    public static partial void TokenRefreshed(ILogger logger, DateTimeOffset expiresUtc);

    [LoggerMessage(2102, LogLevel.Error, "WeChat refused our credentials at the token endpoint: {Code}")]
    public static partial void TokenCredentialsRefused(ILogger logger, string? code);

    [LoggerMessage(2103, LogLevel.Warning, "WeChat rejected the access token ({Code}); refreshing and retrying once")]
    public static partial void TokenRejected(ILogger logger, string? code);
}
