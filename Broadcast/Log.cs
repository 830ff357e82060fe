using Microsoft.Extensions.Logging;

namespace Alerts.Broadcast;

/// <summary>Broadcast's log messages: fixed event ids, stable placeholders.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Warning {WarningId} targeted: {Rows} outbox rows in {Batches} batches, {ElapsedMs} ms")]
    public static partial void Targeted(ILogger logger, long warningId, long rows, int batches, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Targeting warning {WarningId} failed; it stays pending and is retried")]
    public static partial void TargetingFailed(ILogger logger, long warningId, Exception exception);


    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Warning {WarningId} expired")]
    public static partial void Expired(ILogger logger, long warningId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Warning {WarningId} followed up: {Households} unacknowledged priority households listed for their grid workers")]
    public static partial void FollowUpSent(ILogger logger, long warningId, int households);


    private static readonly Func<ILogger, long, long, long, int, IDisposable?> DeliveryScopeFormat =
        LoggerMessage.DefineScope<long, long, long, int>(
            "Delivery {DeliveryId} of warning {WarningId} to person {PersonId}, attempt {Attempt}");

    /// <summary>The scope every line about one delivery attempt is written in.</summary>
    public static IDisposable? DeliveryScope(ILogger logger, long deliveryId, long warningId, long personId, int attempt) =>
        DeliveryScopeFormat(logger, deliveryId, warningId, personId, attempt);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "Sent on {Channel} to {Address} as {MessageId}")]
    public static partial void Sent(ILogger logger, string channel, string address, string? messageId);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Send on {Channel} to {Address} will be retried at {NextAttempt}: {Code}")]
    public static partial void WillRetry(ILogger logger, string channel, string address, DateTimeOffset nextAttempt, string? code);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "{Channel} cannot reach {Address} ({Code}); moving to the next channel's lane")]
    public static partial void FallingBackToSms(ILogger logger, string channel, string address, string? code);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Information, Message = "Person unreachable: {Reason}")]
    public static partial void Unreachable(ILogger logger, string reason);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Warning, Message = "Delivery failed on {Channel}: {Code} {Detail}")]
    public static partial void Failed(ILogger logger, string? channel, string? code, string? detail);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Warning, Message = "Outcome of the send on {Channel} to {Address} is unknown ({Code}); reconciling before any resend")]
    public static partial void OutcomeUnknown(ILogger logger, string channel, string address, string? code);

    [LoggerMessage(EventId = 3230, Level = LogLevel.Warning, Message = "No receipt came for the send on {Channel} to {Address} in doubt and the provider cannot say: resending, marked a possible duplicate")]
    public static partial void ResendingUnconfirmed(ILogger logger, string channel, string address);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Information, Message = "Asked {Channel} whether the send to {Address} in doubt went: {Verdict}")]
    public static partial void Reconciled(ILogger logger, string channel, string address, string verdict);

    [LoggerMessage(EventId = 3208, Level = LogLevel.Warning, Message = "Lease on delivery {DeliveryId} lost to another worker; leaving it to them")]
    public static partial void LeaseLost(ILogger logger, long deliveryId);


    [LoggerMessage(EventId = 3210, Level = LogLevel.Error, Message = "Delivery {DeliveryId} threw; it will be reconciled and retried")]
    public static partial void DeliveryCrashed(ILogger logger, long deliveryId, Exception exception);


    [LoggerMessage(EventId = 3212, Level = LogLevel.Information, Message = "Dispatch lane {Lane} started: {Workers} workers, batches of {BatchSize}")]
    public static partial void DispatchStarted(ILogger logger, string lane, int workers, int batchSize);

    [LoggerMessage(EventId = 3213, Level = LogLevel.Information, Message = "Warning {WarningId} is {Status}: not sending")]
    public static partial void WarningNotLive(ILogger logger, long warningId, string status);
}
