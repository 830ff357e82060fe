using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Resilience;

/// <summary>
/// How fast dispatch may hand messages to each provider: a token bucket per channel (client name: "WeChat", "Twilio"),
/// refilled <see cref="ResilienceOptions.SendRatePerSecond"/> per second. Callers queue (bounded by
/// <see cref="ResilienceOptions.SendQueueLimit"/>) instead of failing, because waiting a moment is what a dispatch
/// worker wants. Dispatch workers call <see cref="AcquireAsync(string, CancellationToken)"/> before each send and
/// dispose the lease.
/// Replies have a lane of their own (<see cref="SendPriority.Reply"/>): the next permit goes to a waiting reply before
/// any waiting broadcast, so a person talking to the bot never queues behind a warning going to thousands
/// (<see cref="PriorityTokenBucket"/>). Both lanes share the one rate, which is the provider's.
/// The configured rate is the total of every Host on one database: with <see cref="ShareAmong"/> n live Hosts, this one
/// sends at rate / n (rounded down, at least one a second), so together they stay within the provider's limit.
/// </summary>
/// <remarks>
/// No <see cref="TimeProvider"/> here: TokenBucketRateLimiter runs its own Timer and adds tokens for the Stopwatch time
/// elapsed, even when replenished by hand, so a fake clock cannot move it. Tests use the real clock with loose bounds.
/// The bucket holds a tenth of a second's worth (at least one token), so a burst stays small and any window of t
/// seconds admits at most rate × t + rate/10 (rounded up).
/// </remarks>
internal sealed class SendRateLimiter(IOptionsMonitor<ResilienceOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<PriorityTokenBucket>> _buckets = new();
    private int _hosts = 1;

    /// <summary>How many Hosts share each configured rate now (1 until told otherwise).</summary>
    public int Hosts => Volatile.Read(ref _hosts);

    /// <summary>This Host's send rate on <paramref name="channel"/>: its share of the configured total.</summary>
    public int RateOf(string channel) => ShareOf(options.Get(channel).SendRatePerSecond, Hosts);

    /// <summary>
    /// Takes this Host's share of every rate among <paramref name="hosts"/> live Hosts (from their heartbeats): the
    /// buckets already made are replaced at the new rate, and nobody waiting on them loses their place.
    /// </summary>
    public void ShareAmong(int hosts)
    {
        hosts = Math.Max(1, hosts);
        if (Interlocked.Exchange(ref _hosts, hosts) == hosts) return;
        foreach (var (name, bucket) in _buckets)
        {
            if (bucket.IsValueCreated) bucket.Value.Replace(CreateBucket(options.Get(name), hosts));
        }
    }

    /// <summary>One Host's part of a total rate: rounded down so that the parts never add up to more.</summary>
    public static int ShareOf(int totalPerSecond, int hosts) => Math.Max(1, totalPerSecond / Math.Max(1, hosts));

    /// <summary>
    /// Waits for a send permit in the broadcast lane. A lease with <see cref="RateLimitLease.IsAcquired"/> false means
    /// the queue is full: treat it as a retryable send failure, not a bug.
    /// </summary>
    public ValueTask<RateLimitLease> AcquireAsync(string channel, CancellationToken ct) =>
        AcquireAsync(channel, SendPriority.Broadcast, ct);

    /// <summary>Waits for a send permit in the given lane; replies are served before broadcasts.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string channel, SendPriority priority, CancellationToken ct) =>
        _buckets.GetOrAdd(channel, name => new(() => Create(options.Get(name), Hosts))).Value.AcquireAsync(priority, ct);

    /// <summary>Bucket size (= tokens per period) and period for a rate: a tenth of a second's worth, or one token.</summary>
    public static (int Tokens, TimeSpan Period) RefillFor(int ratePerSecond)
    {
        var tokens = Math.Max(1, (int)Math.Ceiling(ratePerSecond / 10.0));
        return (tokens, TimeSpan.FromSeconds((double)tokens / ratePerSecond));
    }

    private static PriorityTokenBucket Create(ResilienceOptions o, int hosts) =>
        new(CreateBucket(o, hosts), o.SendQueueLimit);

    private static TokenBucketRateLimiter CreateBucket(ResilienceOptions o, int hosts)
    {
        var (tokens, period) = RefillFor(ShareOf(o.SendRatePerSecond, hosts));
        // Only the lanes' pump ever waits inside the bucket; callers wait in the lanes, bounded by SendQueueLimit.
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            AutoReplenishment = true,
            QueueLimit = 1,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values.Where(b => b.IsValueCreated))
        {
            bucket.Value.Dispose();
        }
    }
}
