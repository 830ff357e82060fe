using System.Text;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// A few demo hazard points as a register file, for the real import: in the first villages of a county that have
/// register households, each threatening three of them, watched by the village's grid worker (else a villager with a
/// phone), with the village's first shelter when it has one.
/// </summary>
public sealed class DemoHazardPoints(StoreDb db)
{
    private const string AnyPoint = "SELECT EXISTS (SELECT 1 FROM hazard_points)";
    private const string SelectVillages = """
        SELECT village_code FROM households
        WHERE village_code >= @From AND village_code < @To AND register_no IS NOT NULL
        GROUP BY village_code HAVING COUNT(*) >= 3 ORDER BY village_code LIMIT @Count
        """;
    private const string SelectNumbers = """
        SELECT register_no FROM households WHERE village_code = @Village AND register_no IS NOT NULL ORDER BY id LIMIT 3
        """;
    private const string SelectMonitorPhone = """
        SELECT phone FROM people
        WHERE phone IS NOT NULL AND (id IN (SELECT worker_id FROM grid_assignments WHERE region_code = @Village)
                                     OR (role = 'villager' AND region_code = @Village))
        ORDER BY role = 'villager', id LIMIT 1
        """;
    private const string SelectShelter = "SELECT name FROM shelters WHERE village_code = @Village ORDER BY id LIMIT 1";
    private static readonly (string Name, string Kind)[] Names = [("后山滑坡", "滑坡"), ("岩口崩塌", "崩塌"), ("大沟泥石流", "泥石流")];

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(AnyPoint, cancellationToken: ct));
    }

    /// <summary>The CSV (header first) for the county whose 6-digit prefix is given.</summary>
    public async Task<string> CsvAsync(string countyPrefix, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var villages = await c.QueryAsync<string>(new CommandDefinition(SelectVillages,
            new { From = countyPrefix, To = countyPrefix[..^1] + (char)(countyPrefix[^1] + 1), Count = Names.Length }, cancellationToken: ct));
        var csv = new StringBuilder(string.Join(",", HazardPointCsv.All)).Append('\n');
        var i = 0;
        foreach (var village in villages)
        {
            var numbers = await c.QueryAsync<string>(new CommandDefinition(SelectNumbers, new { Village = village }, cancellationToken: ct));
            var phone = await c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(SelectMonitorPhone, new { Village = village }, cancellationToken: ct));
            var shelter = await c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(SelectShelter, new { Village = village }, cancellationToken: ct));
            var (name, kind) = Names[i++];
            csv.Append($"DEMO-{village}-{i},{name},{village},{kind},,,{10 + 5 * i},{20 * i},{string.Join("；", numbers)},{phone},{shelter}\n");
        }
        return csv.ToString();
    }
}
