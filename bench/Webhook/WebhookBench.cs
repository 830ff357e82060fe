using System.Globalization;
using System.Text;
using Alerts.Bench.Support;
using Alerts.Channels.WeChat;

namespace Alerts.Bench.Webhook;

/// <summary>
/// Signed WeChat text messages (plaintext mode, a new MsgId each, so every one is processed and recorded) answered
/// passively by the real Host, beside a bare minimal-API endpoint in the same process, 64 connections over loopback.
/// </summary>
internal static class WebhookBench
{
    private const string Token = "benchtoken";
    private const int Concurrency = 64;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"webhook bench: {Concurrency} connections, {Warmup.TotalSeconds:F0} s warm-up, {Duration.TotalSeconds:F0} s measured, loopback");
        await using var host = new BenchHost(new Dictionary<string, string?> { ["WeChat:Token"] = Token });
        var hostAddress = host.Start();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = hostAddress };

        var ours = await LoadGenerator.RunAsync(client, Concurrency, Warmup, Duration, SignedPush,
            async r => r.IsSuccessStatusCode && (await r.Content.ReadAsStringAsync()).Contains("<MsgType><![CDATA[text]]>", StringComparison.Ordinal));

        var (bare, bareAddress) = await BareEndpoint.StartAsync(SampleReply());
        await using var _ = bare;
        using var bareClient = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = bareAddress };
        var ceiling = await LoadGenerator.RunAsync(bareClient, Concurrency, Warmup, Duration,
            _ => new HttpRequestMessage(HttpMethod.Post, "/bare") { Content = new StringContent(PushXml(0), Encoding.UTF8, "text/xml") },
            r => Task.FromResult(r.IsSuccessStatusCode));

        Print("ours (signed WeChat text, passive reply)", ours);
        Print("ceiling (bare minimal-API POST)", ceiling);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio ours / ceiling (requests/s): {ours.PerSecond / ceiling.PerSecond:F2}"));
        return ours.Failures == 0 ? 0 : 1;
    }

    private static HttpRequestMessage SignedPush(long n)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = n.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(Token, timestamp, nonce);
        return new HttpRequestMessage(HttpMethod.Post, $"/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}")
        {
            Content = new StringContent(PushXml(n), Encoding.UTF8, "text/xml"),
        };
    }

    // A handful of senders, as in a real burst: many people in one village writing at once.
    private static string PushXml(long n) => $"""
        <xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oBench{n % 500:D22}]]></FromUserName>
        <CreateTime>{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType>
        <Content><![CDATA[我家房子被冲垮了]]></Content><MsgId>{7_000_000_000_000_000_000 + n}</MsgId></xml>
        """;

    private static string SampleReply() => """
        <xml><ToUserName><![CDATA[oBench0000000000000000000000]]></ToUserName><FromUserName><![CDATA[gh_bench]]></FromUserName><CreateTime>1764000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[已收到您的消息，我们会尽快处理。如有危险，请先到安全的地方，拨打110、119或120，并告诉网格员。]]></Content></xml>
        """;

    private static void Print(string name, LoadGenerator.Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-42} {r.PerSecond,9:N0} req/s  p50 {r.P50Ms,6:F2} ms  p99 {r.P99Ms,6:F2} ms  ({r.Requests:N0} ok, {r.Failures} failed)"));
}
