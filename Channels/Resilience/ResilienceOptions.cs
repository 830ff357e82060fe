using System.ComponentModel.DataAnnotations;

namespace Alerts.Channels.Resilience;

/// <summary>
/// Resilience settings for one HTTP client, bound from <c>Resilience:{ClientName}</c> (e.g. <c>Resilience:WeChat</c>).
/// Defaults equal .NET's standard resilience handler (see shared/protocols/twilio.md §10) so that an empty section
/// behaves like <c>AddStandardResilienceHandler</c>, except that unsafe methods are not blindly retried.
/// Ranges mirror Polly's own option validation, so bad config fails at start rather than when a pipeline is built.
/// </summary>
internal sealed class ResilienceOptions
{
    public const string SectionPrefix = "Resilience";

    public static string SectionFor(string clientName) => $"{SectionPrefix}:{clientName}";

    /// <summary>Concurrent requests in flight; the excess fails fast (queue 0) instead of piling up behind a slow provider.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 1000;

    [Range(0, 100_000)]
    public int QueueLimit { get; set; }

    /// <summary>Bounds everything, retries and Retry-After waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential backoff with jitter (medians ≈ 1×, 2×, 4× this).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(0.0, 1.0)]
    public double FailureRatio { get; set; } = 0.1;

    /// <summary>Calls needed in the window before the breaker judges; lower it for low-volume clients.</summary>
    [Range(2, int.MaxValue)]
    public int MinimumThroughput { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:00.500", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.500", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages per second that dispatch may hand to this provider (<see cref="SendRateLimiter"/>).</summary>
    [Range(1, 100_000)]
    public int SendRatePerSecond { get; set; } = DefaultSendRatePerSecond;

    /// <summary>Callers allowed to wait for a send permit; beyond it a lease comes back not acquired.</summary>
    [Range(0, 1_000_000)]
    public int SendQueueLimit { get; set; } = 1000;

    public const int DefaultSendRatePerSecond = 10;

    /// <summary>
    /// Per-provider default send rate. Twilio: 10 segments/s is the documented non-US long-code rate (twilio.md §7),
    /// and Twilio queues the excess anyway. WeChat: template/customer-service sends tolerate far more.
    /// </summary>
    public static int DefaultSendRateFor(string clientName) => clientName switch
    {
        "WeChat" => 100,
        "Twilio" => 10,
        _ => DefaultSendRatePerSecond,
    };
}
