using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Alerts.Channels.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>The retry rules against a real loopback server: GETs retry on any transient failure, send POSTs only when safe.</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task A_get_is_retried_through_two_500s_and_returns_the_200()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(500), Reply.Status(500), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress);

        using var response = await client.Http.GetAsync("/cgi-bin/user/info");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task A_get_is_retried_after_an_attempt_timeout()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Slow(TimeSpan.FromSeconds(30)), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress, ("AttemptTimeout", "00:00:01"));
        await client.WarmUpAsync();

        using var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task A_post_is_not_retried_on_500_and_the_500_comes_back()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(500), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress);

        using var response = await client.Http.PostAsync("/Messages.json", Form());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task A_post_is_not_retried_after_an_attempt_timeout()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Slow(TimeSpan.FromSeconds(30)), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress, ("AttemptTimeout", "00:00:01"));
        await client.WarmUpAsync();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.Http.PostAsync("/Messages.json", Form()));

        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task A_post_is_not_retried_when_the_connection_drops_after_sending()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Abort(), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.Http.PostAsync("/Messages.json", Form()));

        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task A_post_is_retried_on_429_and_the_form_is_sent_again_whole()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(429), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress);

        using var response = await client.Http.PostAsync("/Messages.json", Form());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["POST /Messages.json To=%2B8613800000000&Body=test", "POST /Messages.json To=%2B8613800000000&Body=test"],
            server.Requests);
    }

    [Fact]
    public async Task A_post_to_a_closed_port_is_retried_because_it_never_left()
    {
        using var client = ResilientClient.Create(ClosedPort());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Http.PostAsync("/Messages.json", Form()));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(3, client.Logs.Entries.Count(e => e.EventId == 3102)); // a retry logged after each of 3 failed tries
    }

    [Fact]
    public async Task A_post_marked_safe_to_retry_is_retried_on_500()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(500), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cgi-bin/message/custom/send") { Content = Form() };
        request.Options.Set(ResilienceKeys.SafeToRetry, true);

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Retry_after_on_a_429_is_waited_out_instead_of_the_short_backoff()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.RetryAfter(429, TimeSpan.FromSeconds(1)), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress);
        var clock = Stopwatch.StartNew();

        using var response = await client.Http.PostAsync("/Messages.json", Form());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.RequestCount);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"took {clock.Elapsed}, the backoff alone is ~10 ms");
    }

    [Fact]
    public async Task A_get_waits_out_a_60_second_retry_after_on_the_pipeline_clock()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.RetryAfter(503, TimeSpan.FromSeconds(60)), Reply.Status(200));
        var time = new FakeTimeProvider();
        using var client = ResilientClient.Create(server.BaseAddress, time, ("TotalTimeout", "00:05:00"));

        var get = client.Http.GetAsync("/cgi-bin/user/info");
        await WaitUntilAsync(() => client.Logs.Entries.Any(e => e.EventId == 3101));
        time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(200);
        Assert.Equal(1, server.RequestCount);
        time.Advance(TimeSpan.FromSeconds(1));
        using var response = await get.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task A_retry_is_logged_with_host_and_path_but_never_the_query_string()
    {
        await using var server = await ScriptedServer.StartAsync(Reply.Status(503), Reply.Status(200));
        using var client = ResilientClient.Create(server.BaseAddress);

        using var response = await client.Http.GetAsync("/cgi-bin/user/info?access_token=SECRET123&openid=o1");

        var retry = Assert.Single(client.Logs.Entries, e => e.EventId == 3101);
        Assert.Contains("127.0.0.1/cgi-bin/user/info", retry.Message);
        Assert.Contains("503", retry.Message);
        Assert.DoesNotContain(client.Logs.Entries, e => e.Message.Contains("SECRET123"));
    }

    [Fact]
    public void The_client_timeout_is_infinite_so_only_the_pipeline_times_out()
    {
        using var client = ResilientClient.Create(new Uri("http://127.0.0.1:1/"));

        Assert.Equal(Timeout.InfiniteTimeSpan, client.Http.Timeout);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "the condition never came true");
            await Task.Delay(10);
        }
    }

    private static FormUrlEncodedContent Form() => new([new("To", "+8613800000000"), new("Body", "test")]);

    /// <summary>A loopback port that was free a moment ago and now has no listener, so connecting is refused.</summary>
    private static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
