namespace Alerts.Channels.Resilience;

/// <summary>
/// Reads Retry-After the way the standard handler does: it replaces the backoff, and only the total timeout caps it
/// (a provider asking for a long pause is better obeyed, or given up on, than hammered).
/// </summary>
internal static class RetryAfterDelay
{
    /// <summary>The delay the response asks for, or null when it asks for none (then the backoff applies).</summary>
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
