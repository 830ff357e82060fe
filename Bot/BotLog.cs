using Microsoft.Extensions.Logging;

namespace Alerts.Bot;

/// <summary>The bot's log messages: fixed event ids, stable placeholders; addresses are masked by the Host's formatter.</summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Conversation restarted: a stored dialog no longer matches its definition")]
    public static partial void StaleStack(ILogger logger);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Report {ReportNumber} filed in village {VillageCode}")]
    public static partial void ReportFiled(ILogger logger, string reportNumber, string villageCode);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Report {ReportNumber} reviewed: {Status}")]
    public static partial void ReportReviewed(ILogger logger, string reportNumber, string status);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Report {ReportNumber} of a monitored household raised a red warning in village {VillageCode}")]
    public static partial void RedWarningRaised(ILogger logger, string reportNumber, string villageCode);
}
