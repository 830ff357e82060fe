using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Alerts.Bench.Seed;

/// <summary>
/// The ceiling: the same two INSERTs, every column bound as a typed parameter, in 20,000-household transactions, with
/// the cheapest values of the same shape: fixed names, sequential phones and random openids for the same share of
/// people (random keys cost more in the unique index than sequential ones, so the ceiling pays that too).
/// </summary>
internal static class BareInsertLoop
{
    private const string Now = "2026-01-01T00:00:00.0000000Z";

    public static void Run(SqliteConnection c, int households, long people, double openidShare)
    {
        using var h = Command(c, """
            INSERT INTO households (id, village_code, address, head_name, is_lifted_out, is_monitored, has_dibao, is_tekun,
                                    is_low_income, created_utc)
            VALUES ($id, $village, $address, $head, $lifted, $monitored, $dibao, $tekun, $low, $now)
            """, "$id", "$village", "$address", "$head", "$lifted", "$monitored", "$dibao", "$tekun", "$low", "$now");
        using var p = Command(c, """
            INSERT INTO people (id, household_id, name, role, region_code, department, phone, wechat_openid, sms_opted_out,
                                is_elderly, is_disabled, lives_alone, created_utc)
            VALUES ($id, $household, $name, $role, $region, $department, $phone, $openid, 0, $elderly, $disabled, $alone, $now)
            """, "$id", "$household", "$name", "$role", "$region", "$department", "$phone", "$openid", "$elderly", "$disabled",
            "$alone", "$now");
        using (var pragma = c.CreateCommand())
        {
            pragma.CommandText = Alerts.Store.Seeding.HouseholdSeeder.SeedCacheSize;
            pragma.ExecuteNonQuery();
        }
        object zero = 0L;
        SetAll(h, ("$village", "500112101001"), ("$address", "金坪村1组1号"), ("$head", "王建国"), ("$lifted", zero),
            ("$monitored", zero), ("$dibao", zero), ("$tekun", zero), ("$low", zero), ("$now", Now));
        SetAll(p, ("$name", "王建国"), ("$role", "villager"), ("$region", "500112101001"), ("$department", DBNull.Value),
            ("$elderly", zero), ("$disabled", zero), ("$alone", zero), ("$now", Now));

        var rng = new Random(1);
        var openid = new char[28];
        Span<byte> bytes = stackalloc byte[27];
        openid[0] = 'o';
        var perHousehold = (double)people / households;
        var threshold = (int)(openidShare * 100);
        long personId = 1;
        var tx = Begin(c, h, p);
        for (var i = 1; i <= households; i++)
        {
            if (i % 20_000 == 0)
            {
                tx.Commit();
                tx.Dispose();
                tx = Begin(c, h, p);
            }
            h.Parameters["$id"].Value = (long)i;
            h.ExecuteNonQuery();
            var target = (long)Math.Round(i * perHousehold);
            for (; personId <= target; personId++)
            {
                p.Parameters["$id"].Value = personId;
                p.Parameters["$household"].Value = (long)i;
                p.Parameters["$phone"].Value = "+8613" + personId.ToString("D9", CultureInfo.InvariantCulture);
                if (rng.Next(100) < threshold)
                {
                    rng.NextBytes(bytes);
                    for (var k = 1; k < 28; k++) openid[k] = (char)('A' + (bytes[k - 1] & 31));
                    p.Parameters["$openid"].Value = new string(openid);
                }
                else p.Parameters["$openid"].Value = DBNull.Value;
                p.ExecuteNonQuery();
            }
        }
        tx.Commit();
        tx.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params string[] names)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var name in names)
            cmd.Parameters.Add(name, name is "$id" or "$household" or "$lifted" or "$monitored" or "$dibao" or "$tekun"
                or "$low" or "$elderly" or "$disabled" or "$alone" ? SqliteType.Integer : SqliteType.Text);
        return cmd;
    }

    private static void SetAll(SqliteCommand cmd, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values) cmd.Parameters[name].Value = value;
    }

    private static SqliteTransaction Begin(SqliteConnection c, SqliteCommand h, SqliteCommand p)
    {
        var tx = c.BeginTransaction();
        h.Transaction = p.Transaction = tx;
        return tx;
    }
}
