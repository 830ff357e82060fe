using System.Diagnostics;
using System.Threading.RateLimiting;
using Alerts.Channels.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Channels.Tests.Resilience;

public sealed class SendRateLimiterTests
{
    [Theory]
    [InlineData(1, 1, 1000)]
    [InlineData(5, 1, 200)]
    [InlineData(10, 1, 100)]
    [InlineData(25, 3, 120)]
    [InlineData(100, 10, 100)]
    [InlineData(1000, 100, 100)]
    public void The_bucket_refills_in_small_steps_that_add_up_to_the_rate(int rate, int tokens, int periodMs)
    {
        Assert.Equal((tokens, TimeSpan.FromMilliseconds(periodMs)), SendRateLimiter.RefillFor(rate));
    }

    [Fact]
    public async Task Ten_per_second_admits_one_at_once_then_never_more_than_the_rate_allows_in_order()
    {
        using var services = Build(("Twilio:SendRatePerSecond", "10"));
        var limiter = services.GetRequiredService<SendRateLimiter>();
        var clock = Stopwatch.StartNew();

        var waits = Enumerable.Range(0, 25).Select(_ => limiter.AcquireAsync("Twilio", CancellationToken.None).AsTask()).ToList();
        var admittedAtOnce = Admitted(waits);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var admittedInWindow = Admitted(waits);
        var window = clock.Elapsed; // read after counting, so the bound below can only be generous

        Assert.InRange(admittedAtOnce, 1, 2);
        Assert.True(admittedInWindow <= 2 + 10 * window.TotalSeconds, $"{admittedInWindow} admitted in {window}");
        await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(waits, w => Assert.True(w.Result.IsAcquired));
        // Ideal is 2.4 s; loose, so a busy machine cannot fail it, only a limiter that lets a burst through.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.5), $"25 sends took {clock.Elapsed}");
    }

    [Fact]
    public void Channels_have_separate_buckets()
    {
        using var services = Build(("Twilio:SendRatePerSecond", "1"));
        var limiter = services.GetRequiredService<SendRateLimiter>();

        var twilio = Enumerable.Range(0, 5).Select(_ => limiter.AcquireAsync("Twilio", CancellationToken.None).AsTask()).ToList();
        var weChat = Enumerable.Range(0, 10).Select(_ => limiter.AcquireAsync("WeChat", CancellationToken.None).AsTask()).ToList();

        Assert.Equal(1, Admitted(twilio)); // 1/s: a one-token bucket
        Assert.Equal(10, Admitted(weChat)); // 100/s: a ten-token bucket, untouched by Twilio's queue
    }

    [Fact]
    public async Task A_caller_past_the_bounded_queue_gets_a_lease_that_is_not_acquired()
    {
        using var services = Build(("Twilio:SendRatePerSecond", "1"), ("Twilio:SendQueueLimit", "2"));
        var limiter = services.GetRequiredService<SendRateLimiter>();

        var waits = Enumerable.Range(0, 4).Select(_ => limiter.AcquireAsync("Twilio", CancellationToken.None).AsTask()).ToList();

        Assert.Equal([true, false, false, true], waits.Select(w => w.IsCompleted));
        using var rejected = await waits[3];
        Assert.False(rejected.IsAcquired);
    }

    [Fact]
    public async Task A_queued_caller_can_give_up()
    {
        using var services = Build(("Twilio:SendRatePerSecond", "1"));
        var limiter = services.GetRequiredService<SendRateLimiter>();
        using var first = await limiter.AcquireAsync("Twilio", CancellationToken.None);
        using var giveUp = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync("Twilio", giveUp.Token).AsTask();
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task A_reply_skips_the_broadcasts_already_waiting()
    {
        using var services = Build(("Twilio:SendRatePerSecond", "5"));
        var limiter = services.GetRequiredService<SendRateLimiter>();
        var clock = Stopwatch.StartNew();

        // Twenty broadcasts queue up: at 5/s the last is admitted about 4 s from now.
        var broadcasts = Enumerable.Range(0, 20)
            .Select(_ => limiter.AcquireAsync("Twilio", SendPriority.Broadcast, CancellationToken.None).AsTask()).ToList();
        using var reply = await limiter.AcquireAsync("Twilio", SendPriority.Reply, CancellationToken.None)
            .AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        var replyWaited = clock.Elapsed;
        var broadcastsDoneBeforeReply = broadcasts.Count(b => b.IsCompleted);

        Assert.True(reply.IsAcquired);
        // The reply takes the next permit or the one after (the pump may already hold one for a broadcast).
        Assert.True(replyWaited < TimeSpan.FromSeconds(1.5), $"the reply waited {replyWaited}");
        Assert.InRange(broadcastsDoneBeforeReply, 1, 4);
        await Task.WhenAll(broadcasts).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(broadcasts, b => Assert.True(b.Result.IsAcquired));
    }

    [Fact]
    public async Task Replies_and_broadcasts_together_still_keep_to_the_rate()
    {
        using var services = Build(("Twilio:SendRatePerSecond", "10"));
        var limiter = services.GetRequiredService<SendRateLimiter>();
        var clock = Stopwatch.StartNew();

        var all = Enumerable.Range(0, 30).Select(i => limiter.AcquireAsync("Twilio",
            i % 3 == 0 ? SendPriority.Reply : SendPriority.Broadcast, CancellationToken.None).AsTask()).ToList();
        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(30));

        // 30 permits at 10/s with a one-token bucket: ideal 2.9 s; loose so that only a burst can fail it.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2), $"30 permits in {clock.Elapsed}");
    }

    [Theory]
    [InlineData(200, 1, 200)]
    [InlineData(200, 3, 66)]
    [InlineData(10, 4, 2)]
    [InlineData(2, 5, 1)]
    public void Each_of_several_hosts_sends_at_its_share_rounded_down_so_the_shares_never_exceed_the_total(
        int total, int hosts, int share)
    {
        Assert.Equal(share, SendRateLimiter.ShareOf(total, hosts));
        Assert.True(share * hosts <= total || share == 1);
    }

    [Fact]
    public async Task Sharing_among_more_hosts_slows_this_one_and_nobody_waiting_loses_their_permit()
    {
        using var services = Build(("Twilio:SendRatePerSecond", "20"));
        var limiter = services.GetRequiredService<SendRateLimiter>();
        Assert.Equal(20, limiter.RateOf("Twilio"));
        var first = Enumerable.Range(0, 10).Select(_ => limiter.AcquireAsync("Twilio", CancellationToken.None).AsTask()).ToList();

        limiter.ShareAmong(4); // 5 a second from now on, the bucket replaced under the waiters
        var clock = Stopwatch.StartNew();
        var then = Enumerable.Range(0, 10).Select(_ => limiter.AcquireAsync("Twilio", CancellationToken.None).AsTask()).ToList();
        await Task.WhenAll(first.Concat(then)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(5, limiter.RateOf("Twilio"));
        Assert.All(first.Concat(then), w => Assert.True(w.Result.IsAcquired));
        // At most 20 permits at 5/s after the change: ideal ~3.8 s; loose so that only the old rate can fail it.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2.5), $"20 permits in {clock.Elapsed} after sharing among 4");
    }

    private static int Admitted(List<Task<RateLimitLease>> waits) => waits.TakeWhile(w => w.IsCompleted).Count() is var n
        && waits.Skip(n).All(w => !w.IsCompleted) ? n : throw new InvalidOperationException("admitted out of order");

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"Resilience:{s.Key}", (string?)s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSendRateLimits(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
