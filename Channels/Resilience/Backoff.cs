namespace Alerts.Channels.Resilience;

/// <summary>When to try a row again: exponential with jitter, capped, and never sooner than the provider asked.</summary>
internal static class Backoff
{
    /// <summary>
    /// "Equal jitter": half of min(max, base × 2^(attempt−1)) plus a random share of the other half, so retries of
    /// many rows that failed together spread out. A Retry-After from the provider wins when it is longer.
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, double random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var delay = TimeSpan.FromMilliseconds(ceiling / 2 + ceiling / 2 * Math.Clamp(random, 0, 1));
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }
}
