using Alerts.Channels.Resilience;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>The one backoff: dispatch lanes, replies and notifications all wait by it.</summary>
public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 0.0, 1000)]
    [InlineData(1, 1.0, 2000)]
    [InlineData(3, 1.0, 8000)]
    [InlineData(20, 1.0, 300_000)]
    public void Backoff_doubles_with_jitter_up_to_the_cap(int attempt, double random, int expectedMs)
    {
        var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), null, random);
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void Backoff_honours_a_longer_retry_after()
    {
        Assert.Equal(TimeSpan.FromMinutes(1),
            Backoff.Delay(1, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), 0.5));
    }
}
