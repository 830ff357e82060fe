using Microsoft.Extensions.Logging;

namespace Alerts.Channels.Twilio;

/// <summary>
/// Twilio log messages (EventIds 2100–2199). Phone numbers are always masked with AddressMask before they get
/// here; the auth token is never a parameter.
/// </summary>
internal static partial class TwilioLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information,
        Message = "Twilio accepted SMS {MessageId} to {Address} with status {Status}")]
    public static partial void SendAccepted(ILogger logger, string messageId, string address, string? status);

    [LoggerMessage(EventId = 2102,
        Message = "Twilio refused SMS to {Address}: HTTP {HttpStatus}, code {Code}, outcome {Outcome}")]
    public static partial void SendRefused(ILogger logger, LogLevel level, string address, int httpStatus,
        int? code, string outcome);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning,
        Message = "SMS to {Address} did not reach Twilio ({Reason}); safe to retry")]
    public static partial void SendNotSent(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning,
        Message = "SMS to {Address} may or may not exist at Twilio ({Reason}); reconcile before resending")]
    public static partial void SendAmbiguous(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning,
        Message = "Twilio message lookup for {Address} got no answer ({Reason})")]
    public static partial void LookupFailed(ILogger logger, string address, string reason);
}
