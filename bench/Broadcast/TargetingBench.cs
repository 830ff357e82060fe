using System.Diagnostics;
using System.Globalization;
using Alerts.Bench.Support;
using Alerts.Broadcast;
using Alerts.Broadcast.Targeting;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Database;
using Alerts.Store.Seeding;
using Dapper;
using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Alerts.Bench.Broadcast;

/// <summary>
/// Targeting + enqueue of a district-wide warning (everyone under 500112, all audiences) through the real
/// <see cref="Targeter"/>, beside a bare prepared-insert loop writing the same number of outbox rows into the same
/// table in the same run; and the process's peak working set while targeting (it streams in SQL, so it should not
/// grow with the number of recipients).
/// </summary>
internal static class TargetingBench
{
    public static async Task<int> RunAsync(BenchArgs args, int households)
    {
        Console.WriteLine($"broadcast targeting bench ({args.Describe()}; targeting runs in one): {households:N0} households, " +
                          "district-wide warning");
        using var db = new BenchDatabase(args.Engine);
        var seedWatch = Stopwatch.StartNew();
        var seeded = new HouseholdSeeder(db.Db, TimeProvider.System).Seed(households, DemoCounty.Villages);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (seeded in {seedWatch.Elapsed.TotalSeconds:F1} s)"));
        BenchDatabase.ClearPools();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var beforeBytes = process.WorkingSet64;

        var warningId = InsertPublished(db, "bench-target");
        var targeter = new Targeter(new WarningStore(db.Db), new TargetingStore(db.Db), Options.Create(new BroadcastOptions()));
        // PeakWorkingSet64 is the whole process's lifetime (seeding included), so sample while targeting runs.
        long peak = beforeBytes;
        using var sampler = new Timer(_ =>
        {
            using var self = Process.GetCurrentProcess();
            InterlockedMax(ref peak, self.WorkingSet64);
        }, null, 0, 20);
        var watch = Stopwatch.StartNew();
        var result = await targeter.RunAsync(warningId, CancellationToken.None);
        var oursSeconds = watch.Elapsed.TotalSeconds;
        await sampler.DisposeAsync();

        var bareWarning = InsertPublished(db, "bench-bare");
        var bareSeconds = BareInsert(db, bareWarning, result.Rows);

        Print($"ours (Targeter: {result.Rows:N0} outbox rows for {seeded.People:N0} villagers, {result.Batches} batches)",
            $"{result.Rows / oursSeconds,12:N0} rows/s  ({oursSeconds:F1} s)");
        Print("ceiling (bare prepared INSERT loop, same row count, same table)", $"{result.Rows / bareSeconds,12:N0} rows/s  ({bareSeconds:F1} s)");
        Print("ratio ours / ceiling", $"{bareSeconds / oursSeconds,12:F2}");
        Print("working set before targeting → highest sampled during it", $"{beforeBytes / 1048576.0,8:N0} MiB → {peak / 1048576.0:N0} MiB");
        return 0;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); value > seen; seen = Interlocked.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }

    internal static long InsertPublished(BenchDatabase db, string identifier)
    {
        using var c = db.Open();
        var now = DateTimeOffset.UtcNow;
        var id = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc, targeting_state)
            VALUES (@Identifier, 'weather', '暴雨', 'red', 'warning', '渝北区暴雨红色预警', '特大暴雨', '立即转移', 'households,grid_workers,officials',
                    @Now, @Expires, 'published', @Now, @Now, @Now, 'pending')
            RETURNING id
            """, new { Identifier = identifier, Now = UtcText.Format(now), Expires = UtcText.Format(now.AddDays(1)) });
        c.Execute("INSERT INTO warning_areas (warning_id, code_prefix) VALUES (@Id, @Prefix)", new { Id = id, Prefix = DemoCounty.CountyPrefix });
        return id;
    }

    /// <summary>The same columns, one typed prepared INSERT per row, 5,000 rows a transaction, values read ahead.</summary>
    private static double BareInsert(BenchDatabase db, long warningId, long rows)
    {
        using var c = db.Open();
        var people = c.Query<(long Id, string Region)>("SELECT id, region_code FROM people ORDER BY id LIMIT @Rows", new { Rows = rows }).AsList();
        using var cmd = c.CreateCommand();
        // @name parameters, which both Microsoft.Data.Sqlite and Npgsql take; typed, and prepared once.
        cmd.CommandText = """
            INSERT INTO deliveries (warning_id, person_id, priority, village_code, channel, state, next_attempt_utc, last_error)
            VALUES (@w, @p, @priority, @village, 'wechat', 'pending', @due, NULL)
            """;
        var w = Add(cmd, "@w", DbType.Int64);
        var p = Add(cmd, "@p", DbType.Int64);
        var priority = Add(cmd, "@priority", DbType.Int64);
        var village = Add(cmd, "@village", DbType.String);
        Add(cmd, "@due", DbType.String).Value = UtcText.Format(DateTimeOffset.UtcNow);
        w.Value = warningId;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < people.Count; i += 5_000)
        {
            using var tx = c.BeginTransaction();
            cmd.Transaction = tx;
            if (i == 0) cmd.Prepare();
            foreach (var (id, region) in people.Skip(i).Take(5_000))
            {
                p.Value = id;
                priority.Value = id % 3 == 0 ? 0L : 1L;
                village.Value = region;
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static DbParameter Add(DbCommand cmd, string name, DbType type)
    {
        var parameter = cmd.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        cmd.Parameters.Add(parameter);
        return parameter;
    }

    private static void Print(string label, string figure) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-90} {figure}"));
}
