using Microsoft.Extensions.Logging;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// Tencent Cloud SMS log messages (EventIds 2300–2399). Phone numbers are masked before they get here; the secret
/// key and the callback token are never parameters.
/// </summary>
internal static partial class TencentSmsLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information,
        Message = "Tencent SMS accepted {SerialNo} to {Address}, billed as {Fee}")]
    public static partial void SendAccepted(ILogger logger, string serialNo, string address, int fee);

    [LoggerMessage(EventId = 2302, Message = "Tencent SMS refused a send to {Address}: {Code}, outcome {Outcome}")]
    public static partial void SendRefused(ILogger logger, LogLevel level, string address, string code, string outcome);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning,
        Message = "Tencent SMS send to {Address} may or may not have gone ({Reason}); the outbox reconciles it")]
    public static partial void SendAmbiguous(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Warning, Message = "Tencent SMS send to {Address} never left ({Reason})")]
    public static partial void SendNotSent(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "Tencent SMS status pull for {Address} failed: {Reason}")]
    public static partial void PullFailed(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Error,
        Message = "Tencent SMS has no usable template for {Purpose} ({Reason}); nothing was sent")]
    public static partial void NoTemplate(ILogger logger, string purpose, string reason);
}
