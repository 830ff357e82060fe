using System.Data.Common;
using Alerts.Store.Database;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Alerts.Store.Seeding;

/// <summary>
/// Loads the demo county into an empty database: its places, households and villagers, a grid worker (网格员) per
/// village, officials per town and for the county. Everything is deterministic, so demos and tests see the same people.
/// </summary>
public sealed class DemoDataLoader(StoreDb db, HouseholdSeeder seeder, TimeProvider time, ILogger<DemoDataLoader> logger)
{
    private const int StaffSeed = 7;
    private static readonly string[] CountyDepartments =
        ["emergency", "natural_resources", "water", "weather", "rural", "civil"];
    private static readonly string[] TownDepartments = ["emergency", "rural"];

    /// <summary>Loads the county when no region exists yet; returns false when there was something already.</summary>
    public bool LoadIfEmpty(int households)
    {
        using var connection = db.Open();
        // Several Hosts starting at once on an empty PostgreSQL: one loads, the others wait and then find it loaded.
        return EngineLock.WhileHoldingAsync(connection, "loading the demo county",
            () => Task.FromResult(LoadIfEmpty(connection, households)), CancellationToken.None).GetAwaiter().GetResult();
    }

    private bool LoadIfEmpty(DbConnection connection, int households)
    {
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM regions") > 0) return false;
        EnsureRegions(connection);
        var result = seeder.Seed(households, DemoCounty.Villages);
        var staff = AddStaff(connection);
        logger.LogInformation("Loaded the demo county: {Households} households, {People} villagers, {Staff} staff",
            result.Households, result.People, staff);
        logger.LogInformation("Grid workers act in chat (and in the simulator) once bound: make an admin with " +
            "'dotnet run --project Host -- accounts add --name 管理员 --role admin --region 500112', then " +
            "'ALERTS_ADMIN_KEY=<its key> dotnet run --project Host -- staff bind-code --person <the worker's id or phone>' " +
            "and send '绑定 <code>' as that worker");
        return true;
    }

    /// <summary>Inserts the demo county's places unless they are there; used by the seed verb as well.</summary>
    public void EnsureRegions(DbConnection connection)
    {
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM regions WHERE code = @Code",
                new { Code = DemoCounty.CountyCode }) > 0) return;
        using var writer = new SeedWriter(connection, time.GetUtcNow());
        writer.Begin();
        foreach (var region in DemoCounty.Regions) writer.Region(region);
        writer.Commit();
    }

    private int AddStaff(DbConnection connection)
    {
        var rng = new Random(StaffSeed);
        var openid = new char[28];
        var id = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM people") + 1;
        var first = id;
        using var writer = new SeedWriter(connection, time.GetUtcNow());
        writer.Begin();
        foreach (var village in DemoCounty.Villages)
        {
            writer.Person(id, null, ChineseNames.Next(rng), Roles.GridWorker, village.Code, null,
                HouseholdSeeder.Phone(id), HouseholdSeeder.Openid(rng, openid), false, false, false);
            writer.Grid(id, village.Code);
            id++;
        }
        // The duty roster: each town's officials in the order of TownDepartments (emergency first), then the county's.
        var roster = new List<(string Region, int Position, long PersonId)>();
        foreach (var town in DemoCounty.TownList)
            for (var d = 0; d < TownDepartments.Length; d++)
            {
                roster.Add((town.Code, d + 1, id));
                AddOfficial(writer, rng, openid, id++, town.Code, TownDepartments[d]);
            }
        for (var d = 0; d < CountyDepartments.Length; d++)
        {
            if (d < 2) roster.Add((DemoCounty.CountyCode, d + 1, id));
            AddOfficial(writer, rng, openid, id++, DemoCounty.CountyCode, CountyDepartments[d]);
        }
        writer.Commit();
        using var tx = connection.BeginTransaction();
        foreach (var (region, position, personId) in roster)
            connection.Execute("INSERT INTO duty_roster (region_code, position, person_id, channel) VALUES (@Region, @Position, @PersonId, 'wechat')",
                new { Region = region, Position = position, PersonId = personId }, tx);
        tx.Commit();
        return (int)(id - first);
    }

    private static void AddOfficial(SeedWriter writer, Random rng, char[] openid, long id, string region, string department) =>
        writer.Person(id, null, ChineseNames.Next(rng), Roles.Official, region, department,
            HouseholdSeeder.Phone(id), HouseholdSeeder.Openid(rng, openid), false, false, false);
}
