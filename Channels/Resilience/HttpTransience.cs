using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Alerts.Channels.Resilience;

/// <summary>
/// Which failures are worth another attempt. A send POST that failed ambiguously (5xx, timeout, connection lost after
/// sending) may already have reached the person, so it goes back to the outbox to be reconciled instead of being resent
/// here (twilio.md §6 and §10, dotnet/extensions#5248).
/// </summary>
internal static class HttpTransience
{
    /// <summary>
    /// Failures after which the provider surely did nothing: a 429 (Twilio 20429 is "never processed, always safe to
    /// retry"), or a request that never left because no connection was made.
    /// </summary>
    public static bool IsSurelyNotProcessed(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests,
        { Exception: HttpRequestException e } => e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
        _ => false,
    };

    /// <summary>
    /// The retry predicate. <paramref name="request"/> comes from the library's context (GetRequestMessage), since an
    /// exception outcome carries no response and so no request; null is treated as unsafe, the cautious side.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, CancellationToken token)
    {
        if (request is null || !IsSafeToRepeat(request))
        {
            return IsSurelyNotProcessed(outcome);
        }

        // As the standard retry does: a cancellation nobody asked for (e.g. a stray HttpClient.Timeout) is transient.
        return HttpClientResiliencePredicates.IsTransient(outcome)
            || (outcome.Exception is OperationCanceledException && !token.IsCancellationRequested);
    }

    /// <summary>Safe methods, as the standard handler's DisableForUnsafeHttpMethods sees them, or an idempotency key.</summary>
    public static bool IsSafeToRepeat(HttpRequestMessage request) =>
        IsSafeMethod(request.Method)
        || (request.Options.TryGetValue(ResilienceKeys.SafeToRetry, out var safe) && safe);

    /// <summary>Failures before any byte of the request could reach the provider: safe to send again (twilio.md §10,
    /// recipe step 3). Every provider client's one rule for it.</summary>
    public static bool NeverLeft(HttpRequestException e) => e.HttpRequestError is HttpRequestError.ConnectionError
        or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

    public static bool IsSafeMethod(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace;
}
