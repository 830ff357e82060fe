namespace Alerts.Host.Logging;

/// <summary>The Host's log messages: fixed event ids, stable placeholders. Addresses are masked by the formatter.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Webhook {Channel} refused with {Status}: {Reason}")]
    public static partial void WebhookRefused(ILogger logger, string channel, int status, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Repeated {Channel} message {MessageId} answered from the record ({State})")]
    public static partial void RepeatedMessage(ILogger logger, string channel, string messageId, string state);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Reply to {Channel} message {MessageId} missed the passive budget; sending it through the API")]
    public static partial void ReplyDeferred(ILogger logger, string channel, string messageId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Handling {Channel} message {MessageId} failed")]
    public static partial void HandlerFailed(ILogger logger, string channel, string messageId, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Outbound {Channel} message {OutboundId} not accepted: {Outcome} {Code}")]
    public static partial void SendNotAccepted(ILogger logger, string channel, long outboundId, string outcome, string code);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "SMS {Address} opted {Direction}")]
    public static partial void SmsOptChanged(ILogger logger, string address, string direction);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Receipt for {Channel} message {ProviderMessageId}: {Status} (applied: {Applied})")]
    public static partial void ReceiptApplied(ILogger logger, string channel, string providerMessageId, string status, bool applied);


    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "WeChat push refused with 403: timestamp {Timestamp} and nonce {Nonce} were signed for another body (this one claims to be from {Address})")]
    public static partial void WeChatSignatureReused(ILogger logger, string timestamp, string nonce, string address);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Turn for {Channel} message {MessageId} met a concurrent turn; retrying (attempt {Attempt})")]
    public static partial void ConcurrentTurn(ILogger logger, string channel, string messageId, int attempt);
}
