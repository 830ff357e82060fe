using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>The strategies around the retry: breaker, total timeout, concurrency limit, all against a real server.</summary>
public sealed class CircuitBreakerAndTimeoutTests
{
    private static readonly (string, string)[] TwoFailuresOpen =
        [("MinimumThroughput", "2"), ("FailureRatio", "0.5"), ("BreakDuration", "00:00:30")];

    [Fact]
    public async Task The_circuit_opens_after_enough_failures_and_then_fails_fast_without_calling_the_server()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(500), Reply.Status(500), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress, TwoFailuresOpen);

        using (await client.Http.PostAsync("/Messages.json", null))
        using (await client.Http.PostAsync("/Messages.json", null))
        {
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.Http.PostAsync("/Messages.json", null));
        Assert.Equal(2, server.RequestCount);
        Assert.Contains(client.Logs.Entries, e => e.EventId == 3103);
    }

    [Fact]
    public async Task An_open_circuit_stops_the_retries_of_a_get()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(500), Reply.Status(500), Reply.Status(500), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress, TwoFailuresOpen);

        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.Http.GetAsync("/"));

        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task The_circuit_is_shared_by_every_client_of_the_same_name()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(500), Reply.Status(500));
        using var client = ResilientClient.Create(server.BaseAddress, TwoFailuresOpen);
        using (await client.Http.PostAsync("/", null))
        using (await client.Http.PostAsync("/", null))
        {
        }

        using var another = client.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ResilientClient.Name);

        await Assert.ThrowsAsync<BrokenCircuitException>(() => another.GetAsync("/"));
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task The_total_timeout_cuts_a_long_retry_after_wait_short()
    {
        await using var server = await ScriptedServer.StartAsync(
            Enumerable.Repeat(Reply.RetryAfter(503, TimeSpan.FromSeconds(60)), 3).ToArray());
        using var client = ResilientClient.Create(server.BaseAddress, ("TotalTimeout", "00:00:02"), ("AttemptTimeout", "00:00:01"));
        await client.WarmUpAsync();
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.Http.GetAsync("/"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}; Retry-After asked for 60 s");
        Assert.InRange(server.RequestCount, 1, 2); // 2 only if a loaded machine made the first attempt time out
        Assert.Contains(client.Logs.Entries, e => e.EventId == 3107);
    }

    [Fact]
    public async Task The_total_timeout_bounds_a_get_that_keeps_timing_out_and_retrying()
    {
        await using var server = await ScriptedServer.StartAsync(Enumerable.Repeat(Reply.Slow(TimeSpan.FromSeconds(30)), 20).ToArray());
        using var client = ResilientClient.Create(server.BaseAddress,
            ("TotalTimeout", "00:00:02"), ("AttemptTimeout", "00:00:00.300"), ("MaxRetryAttempts", "10"));
        await client.WarmUpAsync();
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.Http.GetAsync("/"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.InRange(server.RequestCount, 2, 7); // 11 tries allowed, but 2 s holds at most 2 / 0.3 of them
    }

    [Fact]
    public async Task Requests_beyond_the_concurrency_limit_are_rejected_at_once()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Slow(TimeSpan.FromSeconds(2)));
        using var client = ResilientClient.Create(server.BaseAddress, ("PermitLimit", "1"));
        var first = client.Http.GetAsync("/");
        while (server.RequestCount == 0)
        {
            await Task.Delay(10);
        }

        await Assert.ThrowsAsync<RateLimiterRejectedException>(() => client.Http.GetAsync("/"));

        using var response = await first;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
