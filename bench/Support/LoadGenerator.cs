using System.Diagnostics;

namespace Alerts.Bench.Support;

/// <summary>
/// A closed loop: N workers each send one request, wait for the answer, send the next, for a fixed time after a
/// warm-up. Bounded in time and aimed at loopback only.
/// </summary>
internal static class LoadGenerator
{
    public sealed record Result(long Requests, long Failures, double Seconds, double P50Ms, double P99Ms)
    {
        public double PerSecond => Requests / Seconds;
    }

    public static async Task<Result> RunAsync(HttpClient client, int concurrency, TimeSpan warmup, TimeSpan duration,
        Func<long, HttpRequestMessage> request, Func<HttpResponseMessage, Task<bool>> isGood)
    {
        long sequence = 0;
        await LoopAsync(client, concurrency, warmup, () => Interlocked.Increment(ref sequence), request, isGood, null);
        var latencies = new List<double>[concurrency];
        var watch = Stopwatch.StartNew();
        var failures = await LoopAsync(client, concurrency, duration, () => Interlocked.Increment(ref sequence), request, isGood, latencies);
        var seconds = watch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static async Task<long> LoopAsync(HttpClient client, int concurrency, TimeSpan length, Func<long> next,
        Func<long, HttpRequestMessage> request, Func<HttpResponseMessage, Task<bool>> isGood, List<double>[]? latencies)
    {
        long failures = 0;
        var end = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = new List<double>(4096);
            if (latencies is not null) latencies[w] = mine;
            while (Stopwatch.GetTimestamp() < end)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request(next()));
                var good = await isGood(response);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (good) mine.Add(ms);
                else Interlocked.Increment(ref failures);
            }
        });
        await Task.WhenAll(workers);
        return failures;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
