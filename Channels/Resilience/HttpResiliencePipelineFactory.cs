using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace Alerts.Channels.Resilience;

/// <summary>
/// Builds one pipeline per client name and keeps it for the life of the app: IHttpClientFactory rotates handlers
/// every two minutes, and the breaker's and limiter's state must survive that. Pipelines are thread-safe.
/// Options are read once, on first use; a later config reload does not rebuild a pipeline.
/// </summary>
internal sealed class HttpResiliencePipelineFactory(
    IOptionsMonitor<ResilienceOptions> options,
    TimeProvider timeProvider,
    ILogger<HttpResiliencePipelineFactory> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<ResiliencePipeline<HttpResponseMessage>>> _pipelines = new();

    public ResiliencePipeline<HttpResponseMessage> GetPipeline(string clientName) =>
        _pipelines.GetOrAdd(clientName, name => new(() => Build(name, options.Get(name)))).Value;

    /// <summary>The standard handler's order, outermost first (twilio.md §10).</summary>
    private ResiliencePipeline<HttpResponseMessage> Build(string client, ResilienceOptions o) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { Name = client, TimeProvider = timeProvider }
            .AddRateLimiter(ConcurrencyLimit(client, o))
            .AddTimeout(TimeoutAfter(o.TotalTimeout, client, ResilienceLog.TotalTimedOut))
            .AddRetry(Retry(client, o))
            .AddCircuitBreaker(CircuitBreaker(client, o))
            .AddTimeout(TimeoutAfter(o.AttemptTimeout, client, ResilienceLog.AttemptTimedOut))
            .Build();

    private RateLimiterStrategyOptions ConcurrencyLimit(string client, ResilienceOptions o) => new()
    {
        DefaultRateLimiterOptions = new ConcurrencyLimiterOptions { PermitLimit = o.PermitLimit, QueueLimit = o.QueueLimit },
        OnRejected = args =>
        {
            ResilienceLog.ConcurrencyLimited(logger, client, ResilienceLog.EndpointOf(RequestOf(args.Context)));
            return default;
        },
    };

    private TimeoutStrategyOptions TimeoutAfter(TimeSpan timeout, string client, Action<ILogger, string, string, TimeSpan> log) => new()
    {
        Timeout = timeout,
        OnTimeout = args =>
        {
            log(logger, client, ResilienceLog.EndpointOf(RequestOf(args.Context)), args.Timeout);
            return default;
        },
    };

    private RetryStrategyOptions<HttpResponseMessage> Retry(string client, ResilienceOptions o) => new()
    {
        MaxRetryAttempts = o.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = o.RetryDelay,
        ShouldHandle = args => ValueTask.FromResult(
            HttpTransience.ShouldRetry(args.Outcome, RequestOf(args.Context), args.Context.CancellationToken)),
        // Retry-After replaces the jittered backoff; null keeps the backoff.
        DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay.From(args.Outcome.Result, timeProvider)),
        // Polly disposes the failed response itself right after OnRetry, so the connection goes back to the pool.
        OnRetry = args =>
        {
            LogRetry(client, args);
            return default;
        },
    };

    private CircuitBreakerStrategyOptions<HttpResponseMessage> CircuitBreaker(string client, ResilienceOptions o) => new()
    {
        FailureRatio = o.FailureRatio,
        MinimumThroughput = o.MinimumThroughput,
        SamplingDuration = o.SamplingDuration,
        BreakDuration = o.BreakDuration,
        // Every method counts: a 5xx POST says as much about the provider's health as a 5xx GET.
        ShouldHandle = args => ValueTask.FromResult(HttpTransience.IsTransient(args.Outcome)),
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

    private void LogRetry(string client, OnRetryArguments<HttpResponseMessage> args)
    {
        var endpoint = ResilienceLog.EndpointOf(RequestOf(args.Context));
        if (args.Outcome.Result is { } response)
        {
            ResilienceLog.RetryingAfterStatus(logger, client, endpoint, args.AttemptNumber + 1, (int)response.StatusCode, args.RetryDelay);
        }
        else
        {
            ResilienceLog.RetryingAfterError(logger, client, endpoint, args.AttemptNumber + 1, ResilienceLog.Describe(args.Outcome), args.RetryDelay);
        }
    }

    private static HttpRequestMessage? RequestOf(ResilienceContext context) =>
        context.Properties.TryGetValue(ResilienceKeys.Request, out var request) ? request : null;
}
