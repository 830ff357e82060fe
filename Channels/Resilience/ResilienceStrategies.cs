using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Alerts.Channels.Resilience;

/// <summary>
/// Fills one Microsoft.Extensions.Http.Resilience pipeline in the standard handler's order, outermost first
/// (twilio.md §10): concurrency limit → total timeout → retry → circuit breaker → attempt timeout. The library's
/// options and predicates are used as they are, except the retry's ShouldHandle: the standard handler would resend
/// a POST whose outcome is unknown, and a resent SMS is a duplicate (<see cref="HttpTransience"/>).
/// </summary>
internal static class ResilienceStrategies
{
    public static void Add(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceOptions o, string client, ILogger logger) =>
        pipeline
            .AddRateLimiter(ConcurrencyLimit(o, client, logger))
            .AddTimeout(TimeoutAfter(o.TotalTimeout, client, logger, ResilienceLog.TotalTimedOut))
            .AddRetry(Retry(o, client, logger))
            .AddCircuitBreaker(CircuitBreaker(o, client, logger))
            .AddTimeout(TimeoutAfter(o.AttemptTimeout, client, logger, ResilienceLog.AttemptTimedOut));

    private static HttpRateLimiterStrategyOptions ConcurrencyLimit(ResilienceOptions o, string client, ILogger logger) => new()
    {
        DefaultRateLimiterOptions = new ConcurrencyLimiterOptions { PermitLimit = o.PermitLimit, QueueLimit = o.QueueLimit },
        OnRejected = args =>
        {
            ResilienceLog.ConcurrencyLimited(logger, client, ResilienceLog.EndpointOf(args.Context.GetRequestMessage()));
            return default;
        },
    };

    private static HttpTimeoutStrategyOptions TimeoutAfter(TimeSpan timeout, string client, ILogger logger,
        Action<ILogger, string, string, TimeSpan> log) => new()
    {
        Timeout = timeout,
        OnTimeout = args =>
        {
            log(logger, client, ResilienceLog.EndpointOf(args.Context.GetRequestMessage()), args.Timeout);
            return default;
        },
    };

    /// <summary>
    /// Jittered exponential backoff; the library's DelayGenerator (ShouldRetryAfterHeader, on by default) replaces it
    /// with the wait a Retry-After asks for, capped only by the total timeout.
    /// </summary>
    private static HttpRetryStrategyOptions Retry(ResilienceOptions o, string client, ILogger logger) => new()
    {
        MaxRetryAttempts = o.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = o.RetryDelay,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(
            HttpTransience.ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), args.Context.CancellationToken)),
        OnRetry = args =>
        {
            LogRetry(client, logger, args);
            return default;
        },
    };

    /// <summary>Every method counts: a 5xx POST says as much about the provider's health as a 5xx GET.</summary>
    private static HttpCircuitBreakerStrategyOptions CircuitBreaker(ResilienceOptions o, string client, ILogger logger) => new()
    {
        FailureRatio = o.FailureRatio,
        MinimumThroughput = o.MinimumThroughput,
        SamplingDuration = o.SamplingDuration,
        BreakDuration = o.BreakDuration,
        OnOpened = args =>
        {
            ResilienceLog.CircuitOpened(logger, client, args.BreakDuration, ResilienceLog.Describe(args.Outcome));
            return default;
        },
        OnClosed = _ =>
        {
            ResilienceLog.CircuitClosed(logger, client);
            return default;
        },
        OnHalfOpened = _ =>
        {
            ResilienceLog.CircuitHalfOpened(logger, client);
            return default;
        },
    };

    private static void LogRetry(string client, ILogger logger, OnRetryArguments<HttpResponseMessage> args)
    {
        var endpoint = ResilienceLog.EndpointOf(args.Context.GetRequestMessage());
        if (args.Outcome.Result is { } response)
        {
            ResilienceLog.RetryingAfterStatus(logger, client, endpoint, args.AttemptNumber + 1, (int)response.StatusCode, args.RetryDelay);
        }
        else
        {
            ResilienceLog.RetryingAfterError(logger, client, endpoint, args.AttemptNumber + 1, ResilienceLog.Describe(args.Outcome), args.RetryDelay);
        }
    }
}
