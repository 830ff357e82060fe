using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Store.Seeding;

/// <summary>
/// Makes synthetic households and their registered members, spread over the given villages, from a fixed RNG seed:
/// the same seed and the same starting ids give the same rows. Phones and openids are unique by construction.
/// </summary>
public sealed class HouseholdSeeder(StoreDb db, TimeProvider time)
{
    public const int DefaultSeed = 20_260_601;
    private const int BatchSize = 20_000;
    private const string OpenidAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>The page cache a bulk-seeding connection uses (negative = KiB).</summary>
    public const string SeedCacheSize = "PRAGMA cache_size = -262144";

    public sealed record Result(long Households, long People, long FirstHouseholdId);

    /// <summary>Appends <paramref name="households"/> households after the highest existing ids.</summary>
    public Result Seed(int households, IReadOnlyList<Region> villages, int seed = DefaultSeed, CancellationToken ct = default)
    {
        if (households < 0) throw new ArgumentOutOfRangeException(nameof(households));
        if (villages.Count == 0) throw new ArgumentException("No villages to put households in.", nameof(villages));
        using var connection = db.Open();
        // Random openids land all over the unique index; a 256 MiB page cache for this connection keeps those pages in
        // memory instead of re-reading them from the file.
        if (db.Engine == StoreEngine.Sqlite) connection.Execute(SeedCacheSize);
        var nextHousehold = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM households") + 1;
        var nextPerson = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM people") + 1;
        var first = nextHousehold;
        // Seeded from the starting id too, so a second run appends different people instead of colliding openids.
        var rng = new Random(unchecked(seed * 31 + (int)nextHousehold));
        var openid = new char[28];
        long people = 0;

        using var writer = new SeedWriter(connection, time.GetUtcNow());
        writer.Begin();
        for (var i = 0; i < households; i++)
        {
            if (i > 0 && i % BatchSize == 0)
            {
                writer.Commit();
                ct.ThrowIfCancellationRequested();
                writer.Begin();
            }
            var village = villages[(int)(nextHousehold % villages.Count)];
            var size = HouseholdSize(rng);
            var head = ChineseNames.Next(rng);
            var address = $"{village.Name}{rng.Next(1, 9)}组{rng.Next(1, 120)}号";
            writer.Household(nextHousehold, village.Code, address, head, Flags(rng));
            for (var m = 0; m < size; m++)
            {
                var elderly = rng.Next(100) < (size == 1 ? 60 : 25);
                var name = m == 0 ? head : ChineseNames.Next(rng);
                var hasWechat = rng.Next(100) < (elderly ? 30 : 70);
                writer.Person(nextPerson, nextHousehold, name, Roles.Villager, village.Code, null,
                    rng.Next(100) < 92 ? Phone(nextPerson) : null,
                    hasWechat ? Openid(rng, openid) : null,
                    elderly, rng.Next(100) < 5, size == 1);
                nextPerson++;
                people++;
            }
            nextHousehold++;
        }
        writer.Commit();
        return new Result(households, people, first);
    }

    /// <summary>A mainland mobile number in E.164 whose last nine digits are the person id: unique, repeatable.</summary>
    internal static string Phone(long personId) =>
        $"+861{"358"[(int)(personId % 3)]}{personId % 1_000_000_000:D9}";

    internal static string Openid(Random rng, char[] buffer)
    {
        // Real openids are 28 characters of a 64-letter alphabet starting with 'o'. One NextBytes call, not 27 Next
        // calls: this runs for more than a million people in the seed bench.
        Span<byte> bytes = stackalloc byte[27];
        rng.NextBytes(bytes);
        buffer[0] = 'o';
        for (var k = 1; k < buffer.Length; k++) buffer[k] = OpenidAlphabet[bytes[k - 1] & 63];
        return new string(buffer);
    }

    private static int HouseholdSize(Random rng) => rng.Next(100) switch
    {
        < 20 => 1,
        < 55 => 2,
        < 80 => 3,
        < 95 => 4,
        _ => 5,
    };

    private static HouseholdFlags Flags(Random rng)
    {
        var f = HouseholdFlags.None;
        if (rng.Next(100) < 15) f |= HouseholdFlags.LiftedOut;
        if (rng.Next(100) < 3) f |= HouseholdFlags.Monitored;
        if (rng.Next(100) < 6) f |= HouseholdFlags.Dibao;
        if (rng.Next(100) < 1) f |= HouseholdFlags.Tekun;
        if (rng.Next(100) < 8) f |= HouseholdFlags.LowIncome;
        return f;
    }
}
