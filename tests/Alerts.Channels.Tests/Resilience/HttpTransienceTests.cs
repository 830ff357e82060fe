using System.Net;
using Alerts.Channels.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>The retry classification as a table: method × outcome × idempotency marker → retry?</summary>
public sealed class HttpTransienceTests
{
    [Theory]
    [InlineData("GET", "500", false, true)]
    [InlineData("GET", "503", false, true)]
    [InlineData("GET", "408", false, true)]
    [InlineData("GET", "429", false, true)]
    [InlineData("GET", "404", false, false)]
    [InlineData("GET", "400", false, false)]
    [InlineData("GET", "200", false, false)]
    [InlineData("GET", "ResponseEnded", false, true)]
    [InlineData("GET", "AttemptTimeout", false, true)]
    [InlineData("GET", "BrokenCircuit", false, false)]
    [InlineData("GET", "RateLimited", false, false)]
    [InlineData("HEAD", "502", false, true)]
    [InlineData("OPTIONS", "504", false, true)]
    [InlineData("POST", "500", false, false)]
    [InlineData("POST", "503", false, false)]
    [InlineData("POST", "408", false, false)]
    [InlineData("POST", "429", false, true)]
    [InlineData("POST", "ConnectionError", false, true)]
    [InlineData("POST", "NameResolutionError", false, true)]
    [InlineData("POST", "SecureConnectionError", false, false)]
    [InlineData("POST", "ResponseEnded", false, false)]
    [InlineData("POST", "Unknown", false, false)]
    [InlineData("POST", "AttemptTimeout", false, false)]
    [InlineData("POST", "500", true, true)]
    [InlineData("POST", "AttemptTimeout", true, true)]
    [InlineData("POST", "ResponseEnded", true, true)]
    [InlineData("POST", "400", true, false)]
    [InlineData("POST", "BrokenCircuit", true, false)]
    [InlineData("PUT", "500", false, false)]
    [InlineData("DELETE", "503", false, false)]
    [InlineData("PATCH", "429", false, true)]
    public void A_failure_is_retried_only_where_the_table_says(string method, string outcome, bool safeToRetry, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "http://127.0.0.1/");
        if (safeToRetry)
        {
            request.Options.Set(ResilienceKeys.SafeToRetry, true);
        }

        Assert.Equal(expected, HttpTransience.ShouldRetry(OutcomeOf(outcome), request, CancellationToken.None));
    }

    [Theory]
    [InlineData("500", false)]
    [InlineData("429", true)]
    [InlineData("ConnectionError", true)]
    public void Without_the_request_in_the_context_a_failure_is_judged_as_for_a_post(string outcome, bool expected) =>
        Assert.Equal(expected, HttpTransience.ShouldRetry(OutcomeOf(outcome), null, CancellationToken.None));

    [Fact]
    public void A_get_cancelled_by_its_caller_is_not_retried_but_a_stray_cancellation_is()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        var cancelled = Outcome.FromException<HttpResponseMessage>(new TaskCanceledException());

        Assert.False(HttpTransience.ShouldRetry(cancelled, request, new CancellationToken(canceled: true)));
        Assert.True(HttpTransience.ShouldRetry(cancelled, request, CancellationToken.None));
    }

    private static Outcome<HttpResponseMessage> OutcomeOf(string name) => name switch
    {
        _ when int.TryParse(name, out var status) => Outcome.FromResult(new HttpResponseMessage((HttpStatusCode)status)),
        _ when Enum.TryParse<HttpRequestError>(name, out var error) =>
            Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, name)),
        "AttemptTimeout" => Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()),
        "BrokenCircuit" => Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException()),
        "RateLimited" => Outcome.FromException<HttpResponseMessage>(new RateLimiterRejectedException()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such outcome in the table"),
    };
}
