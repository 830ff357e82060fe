using System.Diagnostics;
using System.Globalization;
using Alerts.Bench.Support;
using Alerts.Broadcast.Targeting;
using Alerts.Channels.Resilience;
using Alerts.Fakes.TencentSms;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Store.Database;
using Alerts.Store.Seeding;
using Dapper;
using System.Data.Common;

namespace Alerts.Bench.Broadcast;

/// <summary>
/// Dispatch of one warning to every villager of N households through the real workers to the in-process loopback
/// fakes, beside a bare HttpClient loop sending the same messages at the same concurrency; peak working set during
/// dispatch; and the achieved SMS rate against a configured limit, through Twilio and through Tencent Cloud SMS.
/// </summary>
internal static class DispatchBench
{
    private const int Workers = 16;
    private const int RateLimit = 200;
    private const int RateSample = 2_000;

    public static async Task<int> RunAsync(BenchArgs args, int households = 20_000)
    {
        var hosts = args.Hosts;
        Console.WriteLine($"broadcast dispatch bench ({args.Describe()}): {households:N0} households, {Workers} workers " +
                          $"per Host, loopback fakes in-process");
        using var db = new BenchDatabase(args.Engine);
        var seedWatch = Stopwatch.StartNew();
        new HouseholdSeeder(db.Db, TimeProvider.System).Seed(households, DemoCounty.Villages);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (seeded in {seedWatch.Elapsed.TotalSeconds:F1} s)"));
        BenchDatabase.ClearPools(); // drop the seeder's page cache from the working set
        await using var weChat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();

        long rows;
        using (var c = db.Open()) rows = Enqueue(c, "bench-all", "role = 'villager'");
        var ours = await DispatchRun.RunAsync(db.Db, weChat, twilio, Workers, [], hosts);
        var (templates, sms) = CountByChannel(db);
        var once = SentOnce.Count(weChat, twilio);
        // The ceilings at the same concurrency in all as ours: every Host's workers together.
        var bare = await BareSendLoop.RunAsync(weChat, twilio, (int)templates, (int)sms, Workers * hosts);
        var durable = await BareSendLoop.RunAsync(weChat, twilio, (int)templates, (int)sms, Workers * hosts, db);

        Print($"ours ({hosts} Host(s), {Workers * hosts} workers in all, {ours.Sent:N0} of {rows:N0} sent: {templates:N0} WeChat, {sms:N0} SMS)",
            $"{ours.PerSecond,10:N0} messages/s  ({ours.Seconds:F1} s)");
        once.Print(templates, sms);
        Print($"ceiling (bare HttpClient loop, same messages, {Workers * hosts} at once, nothing recorded)", $"{bare,10:N0} messages/s");
        Print("durable ceiling (the same loop, one write transaction per outcome)", $"{durable,10:N0} messages/s");
        Print("ratio ours / ceiling", $"{ours.PerSecond / bare,10:F2}");
        Print("ratio ours / durable ceiling", $"{ours.PerSecond / durable,10:F2}");
        Print("peak working set during dispatch (incl. fakes)", $"{ours.PeakWorkingSetBytes / 1048576.0,10:N0} MiB");

        var twilioRate = await MeasureRateAsync(db, weChat, twilio, "bench-rate", new()
        {
            ["Resilience:Twilio:SendRatePerSecond"] = RateLimit.ToString(CultureInfo.InvariantCulture),
        }, () => twilio.Messages.Select(m => m.CreatedUtc).ToList(), hosts);
        PrintRate("Twilio", twilioRate, hosts);

        // The same through Tencent Cloud SMS: signed JSON, a template per send, one number per request.
        await using var tencent = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account);
        var tencentSettings = TencentSmsTestAccount.Settings(tencent);
        tencentSettings["Resilience:TencentSms:SendRatePerSecond"] = RateLimit.ToString(CultureInfo.InvariantCulture);
        tencentSettings["Resilience:TencentSms:SendQueueLimit"] = "100000";
        var tencentRate = await MeasureRateAsync(db, weChat, twilio, "bench-rate-tencent", tencentSettings,
            () => tencent.Messages.Select(m => m.CreatedUtc).ToList(), hosts);
        PrintRate("TencentSms", tencentRate, hosts);
        return ours.Sent == rows - Unreachable(db) && once.Exact(templates, sms) && twilioRate.Steady <= RateLimit * 1.01 && tencentRate.Steady <= RateLimit * 1.01
            && tencentRate.Count == twilioRate.Count ? 0 : 1;
    }

    private static void PrintRate(string provider, (double Overall, double Steady, int Count) rate, int hosts)
    {
        Print($"SMS send rate across {hosts} Host(s), Resilience:{provider}:SendRatePerSecond={RateLimit} (the total; " +
              $"{SendRateLimiter.ShareOf(RateLimit, hosts)}/s each) ({rate.Count:N0} SMS), first to last",
            $"{rate.Overall,10:N1} messages/s (ratio to limit {rate.Overall / RateLimit:F3}; includes the bucket's opening burst)");
        Print("  the same after the opening burst (each Host's bucket starts full: a tenth of a second of its share)",
            $"{rate.Steady,10:N1} messages/s (ratio to limit {rate.Steady / RateLimit:F3})");
    }

    /// <summary>Another warning to people reachable only by SMS, dispatched under a provider's limit; the rate from the
    /// fake's clock (<paramref name="sentTimes"/>: when each message it has reached it).</summary>
    private static async Task<(double Overall, double Steady, int Count)> MeasureRateAsync(BenchDatabase db, FakeWeChatServer weChat,
        FakeTwilioServer twilio, string identifier, Dictionary<string, string?> settings, Func<IReadOnlyList<DateTimeOffset>> sentTimes,
        int hosts)
    {
        using (var c = db.Open())
            Enqueue(c, identifier, $"role = 'villager' AND wechat_openid IS NULL AND phone IS NOT NULL LIMIT {RateSample}");
        var before = sentTimes().Count;
        await DispatchRun.RunAsync(db.Db, weChat, twilio, Workers, settings, hosts);
        var sent = sentTimes().Skip(before).Order().ToList();
        // The bucket starts full (a tenth of a second's tokens, sent at once) and then refills a tenth of a second's
        // worth at a time, so any window of t seconds admits up to rate × t + that burst. "Steady" counts what came
        // after the opening burst over the time since the first send.
        var burst = hosts * SendRateLimiter.RefillFor(SendRateLimiter.ShareOf(RateLimit, hosts)).Tokens;
        var span = (sent[^1] - sent[0]).TotalSeconds;
        return ((sent.Count - 1) / span, (sent.Count - burst) / span, sent.Count);
    }

    private static long Enqueue(DbConnection c, string identifier, string who)
    {
        var now = UtcText.Format(DateTimeOffset.UtcNow);
        var warning = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc, targeting_state)
            VALUES (@Identifier, 'weather', '暴雨', 'red', 'warning', '渝北区气象台发布暴雨红色预警', '未来3小时强降雨。',
                    '请立即转移到安全地点。', 'households', @Now, '2999-01-01T00:00:00.0000000Z', 'published', @Now, @Now,
                    @Now, 'done')
            RETURNING id
            """, new { Identifier = identifier, Now = now });
        // The rows exactly as targeting writes them, each in its channel's lane.
        return c.Execute($"""
            INSERT INTO deliveries ({RecipientSql.InsertColumns})
            SELECT {RecipientSql.SelectValues}
            FROM (SELECT * FROM people WHERE {who}) p LEFT JOIN households h ON h.id = p.household_id
            """, new { WarningId = warning, Due = now });
    }

    private static (long Templates, long Sms) CountByChannel(BenchDatabase db)
    {
        using var c = db.Open();
        return (c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE state = 'sent' AND channel = 'wechat'"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE state = 'sent' AND channel = 'sms'"));
    }

    private static long Unreachable(BenchDatabase db)
    {
        using var c = db.Open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries d JOIN warnings w ON w.id = d.warning_id " +
            "WHERE w.identifier = 'bench-all' AND d.state = 'unreachable'");
    }

    private static void Print(string label, string figure) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-80} {figure}"));
}
