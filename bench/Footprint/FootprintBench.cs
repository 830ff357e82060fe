using System.Diagnostics;
using System.Globalization;
using Alerts.Bench.Broadcast;
using Alerts.Bench.Support;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Store.Seeding;
using Dapper;

namespace Alerts.Bench.Footprint;

/// <summary>
/// The memory of one Host process while it targets and dispatches a warning to every household of the county: the
/// real Alerts.Host in its own process on a seeded database, the loopback fakes here in the bench process. The warning
/// is published as the console publishes it (a row whose targeting is pending), so targeting and dispatch both run in
/// the Host; the window ends when targeting is done and <see cref="SentGoal"/> messages are out, or after
/// <see cref="Window"/>. The Host's VmRSS is sampled throughout, and VmHWM (its all-time peak) read at the end.
/// </summary>
internal static class FootprintBench
{
    private const long GoalBytes = 300L * 1024 * 1024;
    private const int SentGoal = 100_000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(BenchArgs args, int households)
    {
        Console.WriteLine($"footprint bench ({args.Describe()}): one Host process targets and dispatches a county-wide " +
                          $"warning to {households:N0} households; fakes in the bench process");
        using var db = new BenchDatabase(args.Engine);
        var seedWatch = Stopwatch.StartNew();
        var seeded = new HouseholdSeeder(db.Db, TimeProvider.System).Seed(households, DemoCounty.Villages);
        Print("seeded (HouseholdSeeder, in the bench process)",
            $"{seeded.Households:N0} households, {seeded.People:N0} villagers in {seedWatch.Elapsed.TotalSeconds:F1} s");
        BenchDatabase.ClearPools();

        await using var weChat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        long templates = 0;
        weChat.Messages.Accepted += _ => Interlocked.Increment(ref templates);
        int Sent() => (int)Interlocked.Read(ref templates) + twilio.Messages.Count;

        await using var host = await BenchHostProcess.StartAsync(Settings(db, weChat, twilio));
        await Task.Delay(TimeSpan.FromSeconds(2)); // let start-up work settle before the idle reading
        var idle = host.Memory().Rss;

        var warningId = TargetingBench.InsertPublished(db, "bench-footprint");
        var watch = Stopwatch.StartNew();
        long highestRss = idle;
        TimeSpan? targeted = null;
        var lastCheck = TimeSpan.Zero;
        while (watch.Elapsed < Window && !host.HasExited)
        {
            highestRss = Math.Max(highestRss, host.Memory().Rss);
            if (watch.Elapsed - lastCheck >= TimeSpan.FromSeconds(1))
            {
                lastCheck = watch.Elapsed;
                targeted ??= TargetingDone(db, warningId) ? watch.Elapsed : null;
                if (targeted is not null && Sent() >= SentGoal) break;
            }
            await Task.Delay(100);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var sent = Sent();
        var (rss, hwm) = host.HasExited ? (0, 0) : host.Memory();
        highestRss = Math.Max(highestRss, rss);
        long rows;
        using (var c = db.Open()) rows = c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE warning_id = @Id", new { Id = warningId });

        Print("Host working set idle, after start-up (VmRSS)", $"{idle / 1048576.0,8:N0} MiB");
        Print("Host peak working set (VmHWM, whole life) vs goal", string.Create(CultureInfo.InvariantCulture,
            $"{hwm / 1048576.0,8:N0} MiB of {GoalBytes / 1048576} MiB (ratio {(double)hwm / GoalBytes:F2}); highest VmRSS sampled {highestRss / 1048576.0:N0} MiB"));
        Print("rows targeted (outbox rows of the warning)", targeted is { } t
            ? $"{rows,8:N0} (targeting done after {t.TotalSeconds:F1} s)" : $"{rows,8:N0} (targeting NOT done in the window)");
        Print("messages sent in the window (at the fakes)", string.Create(CultureInfo.InvariantCulture,
            $"{sent,8:N0} in {seconds:F1} s = {sent / seconds:N0} messages/s (stop at {SentGoal:N0} or {Window.TotalMinutes:F0} min)"));
        if (host.HasExited) Console.WriteLine("Host exited during the window:\n" + host.Output);
        return !host.HasExited && targeted is not null && hwm < GoalBytes ? 0 : 1;
    }

    private static bool TargetingDone(BenchDatabase db, long warningId)
    {
        using var c = db.Open();
        return c.ExecuteScalar<string>("SELECT targeting_state FROM warnings WHERE id = @Id", new { Id = warningId }) == "done";
    }

    /// <summary>Live WeChat and Twilio aimed at the fakes, rates no provider would give (the Host is what is measured),
    /// no demo data, quiet logs.</summary>
    private static Dictionary<string, string> Settings(BenchDatabase db, FakeWeChatServer weChat, FakeTwilioServer twilio) => new()
    {
        ["ConnectionStrings:Alerts"] = db.Db.ConnectionString,
        ["Demo:LoadOnEmptyDatabase"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        ["WeChat:AppId"] = weChat.AppId, ["WeChat:AppSecret"] = weChat.AppSecret, ["WeChat:Token"] = "bench",
        ["WeChat:ApiBaseUrl"] = weChat.BaseAddress.ToString(), ["WeChat:TemplateIds:default"] = "TPL",
        ["Twilio:AccountSid"] = twilio.AccountSid, ["Twilio:AuthToken"] = twilio.AuthToken,
        ["Twilio:From"] = "+15005550006", ["Twilio:ApiBaseUrl"] = twilio.BaseAddress.ToString(),
        ["Resilience:WeChat:SendRatePerSecond"] = "100000", ["Resilience:Twilio:SendRatePerSecond"] = "100000",
        ["Resilience:WeChat:SendQueueLimit"] = "100000", ["Resilience:Twilio:SendQueueLimit"] = "100000",
    };

    private static void Print(string label, string figure) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-56} {figure}"));
}
