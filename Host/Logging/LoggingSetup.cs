namespace Alerts.Host.Logging;

internal static class LoggingSetup
{
    /// <summary>Structured JSON lines on the console, with phone numbers and openids masked.</summary>
    public static ILoggingBuilder AddAlertsLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(o => o.FormatterName = RedactingJsonConsoleFormatter.Name);
        logging.AddConsoleFormatter<RedactingJsonConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();
        return logging;
    }
}
