using System.Diagnostics;
using System.Globalization;
using Alerts.Bench.Support;
using Alerts.Store.Seeding;
using Microsoft.Data.Sqlite;

namespace Alerts.Bench.Seed;

/// <summary>
/// Our seeder (names, flags, phones, openids, household sizes) against the ceiling: a bare prepared-insert loop that
/// writes the same number of households and people, with the same kinds of values, into the same schema.
/// </summary>
internal static class SeedBench
{
    public static int Run(int households)
    {
        Console.WriteLine($"seed bench: {households:N0} households, SQLite WAL, same schema and indexes for both");

        double oursSeconds;
        long people;
        double openidShare;
        using (var db = new BenchDatabase())
        {
            var watch = Stopwatch.StartNew();
            var result = new HouseholdSeeder(db.Db, TimeProvider.System).Seed(households, DemoCounty.Villages);
            oursSeconds = watch.Elapsed.TotalSeconds;
            people = result.People;
            using var c = db.OpenSqlite();
            openidShare = Dapper.SqlMapper.ExecuteScalar<double>(c,
                "SELECT AVG(wechat_openid IS NOT NULL) FROM people");
        }

        double bareSeconds;
        using (var db = new BenchDatabase())
        {
            using var c = db.OpenSqlite();
            var watch = Stopwatch.StartNew();
            BareInsertLoop.Run(c, households, people, openidShare);
            bareSeconds = watch.Elapsed.TotalSeconds;
        }

        var ours = households / oursSeconds;
        var bare = households / bareSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours (HouseholdSeeder):        {ours,12:N0} households/s  ({oursSeconds:F1} s, {people:N0} people)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ceiling (bare prepared insert): {bare,12:N0} households/s  ({bareSeconds:F1} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio ours / ceiling:           {ours / bare,12:F2}"));
        return 0;
    }
}
