using System.Net.Http.Headers;
using Alerts.Channels.Resilience;

namespace Alerts.Channels.Tests.Resilience;

public sealed class RetryAfterDelayTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 7)]
    [InlineData(120, 120)]
    [InlineData(86_400, 86_400)] // not capped: only the total timeout bounds a Retry-After wait
    public void A_delta_is_used_as_it_is(int seconds, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfterDelay.From(response, _clock));
    }

    [Theory]
    [InlineData(30, 30)]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    [InlineData(-45, 0)]
    public void A_date_counts_from_the_time_provider_now_and_never_goes_below_zero(int secondsFromNow, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(secondsFromNow));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfterDelay.From(response, _clock));
    }

    [Fact]
    public void No_header_or_no_response_leaves_the_backoff_in_charge()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryAfterDelay.From(response, _clock));
        Assert.Null(RetryAfterDelay.From(null, _clock));
    }
}
