using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Resilience;

/// <summary>
/// How fast dispatch may hand messages to each provider: a token bucket per channel (client name: "WeChat", "Twilio"),
/// refilled <see cref="ResilienceOptions.SendRatePerSecond"/> per second. Callers queue (bounded by
/// <see cref="ResilienceOptions.SendQueueLimit"/>) instead of failing, because waiting a moment is what a dispatch
/// worker wants. Dispatch workers call <see cref="AcquireAsync"/> before each send and dispose the lease.
/// </summary>
/// <remarks>
/// TokenBucketRateLimiter's auto-replenishment runs on its own Timer and Stopwatch, which tests cannot drive. So the
/// bucket is replenished by hand from a <see cref="TimeProvider"/> timer: same behaviour, and a fake clock moves it.
/// The bucket is refilled ten times a second (at most rate/10 at once), so a burst never exceeds a tenth of a second's
/// worth and any one-second window admits at most rate + rate/10 (rounded up).
/// </remarks>
internal sealed class SendRateLimiter(IOptionsMonitor<ResilienceOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<(TokenBucketRateLimiter Limiter, ITimer Refill)>> _buckets = new();

    /// <summary>
    /// Waits for a send permit. A lease with <see cref="RateLimitLease.IsAcquired"/> false means the queue is full:
    /// treat it as a retryable send failure, not a bug.
    /// </summary>
    public ValueTask<RateLimitLease> AcquireAsync(string channel, CancellationToken ct) =>
        _buckets.GetOrAdd(channel, name => new(() => Create(options.Get(name)))).Value.Limiter.AcquireAsync(1, ct);

    /// <summary>Tokens per refill and the refill period for a rate: ten refills a second, or one per token when slower.</summary>
    public static (int Tokens, TimeSpan Period) RefillFor(int ratePerSecond)
    {
        var tokens = Math.Max(1, (int)Math.Ceiling(ratePerSecond / 10.0));
        return (tokens, TimeSpan.FromSeconds((double)tokens / ratePerSecond));
    }

    private (TokenBucketRateLimiter, ITimer) Create(ResilienceOptions o)
    {
        var (tokens, period) = RefillFor(o.SendRatePerSecond);
        var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = o.SendQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        // With AutoReplenishment off, each TryReplenish adds TokensPerPeriod, so the timer's period is the rate.
        var refill = timeProvider.CreateTimer(static state => ((TokenBucketRateLimiter)state!).TryReplenish(), limiter, period, period);
        return (limiter, refill);
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values.Where(b => b.IsValueCreated))
        {
            bucket.Value.Refill.Dispose();
            bucket.Value.Limiter.Dispose();
        }
    }
}
