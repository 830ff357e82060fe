using Microsoft.Extensions.Logging;

namespace Alerts.Channels.Resilience;

/// <summary>
/// Resilience events, EventIds 3100–3119. Endpoints are logged as host + path only: WeChat puts access_token in the
/// query string, so a full URL in a log would leak a credential.
/// </summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "{Client} {Endpoint}: attempt {Attempt} got HTTP {StatusCode}, retrying in {Delay}")]
    public static partial void RetryingAfterStatus(ILogger logger, string client, string endpoint, int attempt, int statusCode, TimeSpan delay);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning,
        Message = "{Client} {Endpoint}: attempt {Attempt} failed with {Error}, retrying in {Delay}")]
    public static partial void RetryingAfterError(ILogger logger, string client, string endpoint, int attempt, string error, TimeSpan delay);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning,
        Message = "{Client}: circuit opened for {BreakDuration} after {Outcome}; calls fail fast until it closes")]
    public static partial void CircuitOpened(ILogger logger, string client, TimeSpan breakDuration, string outcome);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "{Client}: circuit closed")]
    public static partial void CircuitClosed(ILogger logger, string client);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "{Client}: circuit half-open, probing")]
    public static partial void CircuitHalfOpened(ILogger logger, string client);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "{Client} {Endpoint}: attempt timed out after {Timeout}")]
    public static partial void AttemptTimedOut(ILogger logger, string client, string endpoint, TimeSpan timeout);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Warning, Message = "{Client} {Endpoint}: gave up after the total timeout {Timeout}")]
    public static partial void TotalTimedOut(ILogger logger, string client, string endpoint, TimeSpan timeout);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Warning, Message = "{Client} {Endpoint}: rejected, concurrency limit reached")]
    public static partial void ConcurrencyLimited(ILogger logger, string client, string endpoint);

    /// <summary>Host and path only; never the query string, which may carry an access token.</summary>
    public static string EndpointOf(HttpRequestMessage? request) =>
        request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.Host + uri.AbsolutePath : "(unknown)";

    /// <summary>A status code or an exception type, never an exception message (messages can quote URLs).</summary>
    public static string Describe(Polly.Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => $"HTTP {(int)response.StatusCode}",
        { Exception: HttpRequestException e } => $"{nameof(HttpRequestException)}({e.HttpRequestError})",
        { Exception: { } e } => e.GetType().Name,
        _ => "(none)",
    };
}
