namespace Alerts.Channels.Resilience;

/// <summary>Keys shared by the retry predicate and the API clients.</summary>
internal static class ResilienceKeys
{
    /// <summary>
    /// Set to true on <see cref="HttpRequestMessage.Options"/> when an idempotency key makes an unsafe request safe to
    /// resend (WeChat <c>client_msg_id</c>: the provider drops the duplicate). Then the full transient rule applies.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> SafeToRetry = new("Alerts.Resilience.SafeToRetry");
}
