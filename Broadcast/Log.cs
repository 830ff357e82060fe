using Microsoft.Extensions.Logging;

namespace Alerts.Broadcast;

/// <summary>Broadcast's log messages: fixed event ids, stable placeholders.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Warning {WarningId} targeted: {Rows} outbox rows in {Batches} batches, {ElapsedMs} ms")]
    public static partial void Targeted(ILogger logger, long warningId, long rows, int batches, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Targeting warning {WarningId} failed; it stays pending and is retried")]
    public static partial void TargetingFailed(ILogger logger, long warningId, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "{Worker} loop failed; retrying after a delay")]
    public static partial void WorkerLoopFailed(ILogger logger, string worker, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Warning {WarningId} expired")]
    public static partial void Expired(ILogger logger, long warningId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Warning {WarningId} followed up: {Households} unacknowledged priority households listed for their grid workers")]
    public static partial void FollowUpSent(ILogger logger, long warningId, int households);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Follow-up loop failed; retrying after the poll interval")]
    public static partial void FollowUpLoopFailed(ILogger logger, Exception exception);
}
