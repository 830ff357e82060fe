using Polly;

namespace Alerts.Channels.Resilience;

/// <summary>Keys shared by the handler, the pipeline's predicates and the API clients.</summary>
internal static class ResilienceKeys
{
    /// <summary>
    /// The request being sent, kept in the <see cref="ResilienceContext"/> because an exception outcome carries no
    /// response and so no request: without it the retry predicate could not tell a GET from a POST (dotnet/extensions#6548).
    /// </summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> Request = new("Alerts.Resilience.Request");

    /// <summary>
    /// Set to true on <see cref="HttpRequestMessage.Options"/> when an idempotency key makes an unsafe request safe to
    /// resend (WeChat <c>client_msg_id</c>: the provider drops the duplicate). Then the full transient rule applies.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> SafeToRetry = new("Alerts.Resilience.SafeToRetry");
}
