using System.Diagnostics;
using System.Globalization;
using System.Text;
using Alerts.Bench.Support;
using Alerts.Channels.WeChat;
using Dapper;
using Microsoft.AspNetCore.Builder;

namespace Alerts.Bench.Webhook;

/// <summary>
/// Real self-report turns: 64 enrolled villagers at a time each file a whole report over signed WeChat pushes
/// (plaintext mode, a new MsgId per message, passive replies), against the real Host on Kestrel; beside a bare
/// minimal-API endpoint and a durable one (one write transaction of an inbound row per request) in the same process,
/// 64 connections over loopback each.
/// </summary>
internal static class WebhookBench
{
    private const string Token = "benchtoken";
    private const int Concurrency = 64;
    private const int PeoplePerWorker = 40;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(BenchArgs args)
    {
        Console.WriteLine($"webhook bench ({args.Describe()}): {Concurrency} connections spread over the Hosts, " +
                          $"{Duration.TotalSeconds:F0} s measured, loopback; " +
                          $"each connection files whole self-reports ({SelfReportScript.Steps.Length} turns each)");
        // No regions yet: the first Host loads the demo county on the empty database, as in production; the others
        // start after it and find it loaded.
        using var db = new BenchDatabase(args.Engine, regions: false);
        var hosts = new List<BenchHost>();
        var clients = new List<HttpClient>();
        try
        {
            for (var i = 0; i < args.Hosts; i++)
            {
                var host = new BenchHost(db.Db.ConnectionString, new Dictionary<string, string?> { ["WeChat:Token"] = Token });
                hosts.Add(host);
                clients.Add(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = host.Start() });
            }
            var openids = EnrolVillagers(db, Concurrency * PeoplePerWorker);

            await ScriptedAsync(clients, openids, Warmup, offset: 0);
            var ours = await ScriptedAsync(clients, openids, Duration, offset: 1);
            foreach (var client in clients) client.Dispose();
            foreach (var host in hosts) await host.DisposeAsync();
            hosts.Clear();

            var ceiling = await CeilingAsync(reply => BareEndpoint.StartAsync(reply), "/bare");
            using var durableDb = new BenchDatabase(args.Engine);
            var durable = await CeilingAsync(reply => DurableEndpoint.StartAsync(durableDb.Db, reply), "/durable");

            Print($"ours (self-report turns, passive reply, {args.Hosts} Host(s))", ours.Result);
            Console.WriteLine($"  reports filed: {ours.Filed:N0}, scripts off the rails: {ours.Broken}");
            Print("ceiling (bare minimal-API POST)", ceiling);
            Print($"durable ceiling (one inbound-row write, {(args.Engine == Alerts.Store.Database.StoreEngine.Postgres ? "PostgreSQL" : "SQLite")})", durable);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio ours / ceiling (requests/s): {ours.Result.PerSecond / ceiling.PerSecond:F3}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio ours / durable ceiling (requests/s): {ours.Result.PerSecond / durable.PerSecond:F3} " +
                $"(goal >= 0.5 with p99 < 50 ms; ours p99 {ours.Result.P99Ms:F1} ms)"));
            return ours.Result.Failures == 0 && ours.Broken == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
        }
    }

    /// <summary>Starts a ceiling endpoint in this process and loads it as the turns were loaded: 64 connections.</summary>
    private static async Task<LoadGenerator.Result> CeilingAsync(
        Func<string, Task<(WebApplication App, Uri Address)>> start, string path)
    {
        var (app, address) = await start(SampleReply());
        await using var _ = app;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = address };
        return await LoadGenerator.RunAsync(client, Concurrency, Warmup, Duration,
            _ => new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(PushXml("oBench", "1", 0), Encoding.UTF8, "text/xml") },
            r => Task.FromResult(r.IsSuccessStatusCode));
    }

    private sealed record Scripted(LoadGenerator.Result Result, long Filed, long Broken);

    /// <summary>Each worker takes its own villagers in turn (on its own Host) and runs the whole script for each, until time is up.</summary>
    private static async Task<Scripted> ScriptedAsync(IReadOnlyList<HttpClient> clients, IReadOnlyList<string> openids,
        TimeSpan length, int offset)
    {
        long failures = 0, filed = 0, broken = 0, sequence = offset * 10_000_000L;
        var latencies = new List<double>[Concurrency];
        var end = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async w =>
        {
            var mine = latencies[w] = new List<double>(4096);
            var client = clients[w % clients.Count]; // the connections spread evenly over the Hosts
            for (var round = 0; Stopwatch.GetTimestamp() < end; round++)
            {
                var openid = openids[w * PeoplePerWorker + (round + offset * 7) % PeoplePerWorker];
                string last = "";
                foreach (var step in SelfReportScript.Steps)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.SendAsync(SignedPush(openid, step, Interlocked.Increment(ref sequence)));
                    last = await response.Content.ReadAsStringAsync();
                    if (response.IsSuccessStatusCode) mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    else Interlocked.Increment(ref failures);
                }
                if (last.Contains(SelfReportScript.Filed, StringComparison.Ordinal)) Interlocked.Increment(ref filed);
                else Interlocked.Increment(ref broken);
            }
        }));
        var seconds = watch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Scripted(new LoadGenerator.Result(all.Length, failures, seconds, Percentile(all, 0.5), Percentile(all, 0.99)), filed, broken);
    }

    /// <summary>Villagers with WeChat who have consented, so every turn is a report turn, not enrolment.</summary>
    private static List<string> EnrolVillagers(BenchDatabase db, int count)
    {
        using var c = db.Open();
        var openids = c.Query<string>("""
            SELECT wechat_openid FROM people WHERE role = 'villager' AND wechat_openid IS NOT NULL ORDER BY id LIMIT @Count
            """, new { Count = count }).ToList();
        c.Execute("UPDATE people SET consented_utc = '2026-01-01T00:00:00.0000000Z' WHERE role = 'villager' AND wechat_openid IS NOT NULL");
        if (openids.Count < count) throw new InvalidOperationException($"only {openids.Count} villagers with WeChat");
        return openids;
    }

    private static HttpRequestMessage SignedPush(string openid, string text, long n)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = n.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(Token, timestamp, nonce);
        return new HttpRequestMessage(HttpMethod.Post, $"/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}")
        {
            Content = new StringContent(PushXml(openid, text, n), Encoding.UTF8, "text/xml"),
        };
    }

    private static string PushXml(string openid, string text, long n) => $"""
        <xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[{openid}]]></FromUserName>
        <CreateTime>{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType>
        <Content><![CDATA[{text}]]></Content><MsgId>{7_000_000_000_000_000_000 + n}</MsgId></xml>
        """;

    private static string SampleReply() => """
        <xml><ToUserName><![CDATA[oBench0000000000000000000000]]></ToUserName><FromUserName><![CDATA[gh_bench]]></FromUserName><CreateTime>1764000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[什么时候发生的？\n1 今天\n2 昨天\n3 前几天]]></Content></xml>
        """;

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static void Print(string name, LoadGenerator.Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} {r.PerSecond,9:N0} req/s  p50 {r.P50Ms,6:F2} ms  p99 {r.P99Ms,6:F2} ms  ({r.Requests:N0} ok, {r.Failures} failed)"));
}
