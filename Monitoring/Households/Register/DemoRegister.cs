using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;
using C = Alerts.Monitoring.Households.Register.RegisterColumns;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// The demo county's village register as a CSV, made from its seeded households and people: the same database gives
/// the same file, byte for byte (every invented figure is drawn from an RNG seeded by the household id). Incomes
/// straddle the monitoring line, so the demo has households near it; flags are the households' own.
/// </summary>
public sealed class DemoRegister(StoreDb db)
{
    public const int IncomeYear = 2025;

    private const string SelectHouseholds = """
        SELECT h.id, h.village_code, r.name AS village_name, h.register_no, h.head_name, h.address,
               h.is_lifted_out, h.is_monitored, h.has_dibao, h.is_tekun,
               (SELECT p.phone FROM grid_assignments g JOIN people p ON p.id = g.worker_id
                WHERE g.region_code = h.village_code ORDER BY p.id LIMIT 1) AS grid_worker_phone
        FROM households h JOIN regions r ON r.code = h.village_code
        WHERE h.village_code >= @From AND h.village_code < @To AND h.register_no IS NOT NULL
        ORDER BY h.id
        """;
    private const string SelectPeople = """
        SELECT p.household_id, p.name, p.is_elderly, p.is_disabled
        FROM people p JOIN households h ON h.id = p.household_id
        WHERE h.village_code >= @From AND h.village_code < @To AND h.register_no IS NOT NULL AND p.role = 'villager'
        ORDER BY p.household_id, p.id
        """;

    private sealed record HouseholdRow
    {
        public long Id { get; init; }
        public string VillageCode { get; init; } = "";
        public string VillageName { get; init; } = "";
        public string RegisterNo { get; init; } = "";
        public string HeadName { get; init; } = "";
        public string Address { get; init; } = "";
        public bool IsLiftedOut { get; init; }
        public bool IsMonitored { get; init; }
        public bool HasDibao { get; init; }
        public bool IsTekun { get; init; }
        public string? GridWorkerPhone { get; init; }
    }

    private sealed record PersonRow
    {
        public long HouseholdId { get; init; }
        public string Name { get; init; } = "";
        public bool IsElderly { get; init; }
        public bool IsDisabled { get; init; }
    }

    /// <summary>Writes the register of every listed household under <paramref name="prefix"/>; returns the households written.</summary>
    public async Task<int> WriteAsync(TextWriter writer, string prefix, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        var args = new { From = from, To = to };
        var households = await c.QueryAsync<HouseholdRow>(new CommandDefinition(SelectHouseholds, args, cancellationToken: ct));
        var people = (await c.QueryAsync<PersonRow>(new CommandDefinition(SelectPeople, args, cancellationToken: ct)))
            .ToLookup(p => p.HouseholdId);
        var csv = new RegisterCsvWriter(writer);
        csv.Record(C.All);
        var count = 0;
        foreach (var h in households)
        {
            var rng = new Random(unchecked((int)(h.Id * 2_654_435_761L)));
            var members = people[h.Id].ToList();
            if (members.Count == 0) members.Add(new PersonRow { HouseholdId = h.Id, Name = h.HeadName });
            csv.Record([.. Keys(h, h.HeadName, C.Head), .. Member(rng, members[0], head: true), .. HouseholdCells(rng, h)]);
            for (var i = 1; i < members.Count; i++)
            {
                var relation = members[i].IsElderly ? "父母" : i == 1 ? "配偶" : "子女";
                csv.Record([.. Keys(h, members[i].Name, relation), .. Member(rng, members[i], head: false),
                    .. Enumerable.Repeat("", C.HouseholdColumns.Length)]);
            }
            count++;
        }
        return count;
    }

    private static string[] Keys(HouseholdRow h, string name, string relation) =>
        [h.VillageCode, h.VillageName, h.RegisterNo, name, relation];

    // 出生年份, 户籍在本户, 共同生活, 残疾, 劳动能力
    private static string[] Member(Random rng, PersonRow p, bool head)
    {
        var born = p.IsElderly ? rng.Next(1940, 1960) : head ? rng.Next(1962, 1995) : rng.Next(1965, 2018);
        var away = !head && rng.Next(100) < 12;       // 户在人不在: works in town
        var unregistered = !head && rng.Next(100) < 3; // 人在户不在
        var labour = p.IsDisabled ? (rng.Next(2) == 0 ? "无" : "弱")
            : p.IsElderly ? (rng.Next(3) == 0 ? "无" : "弱")
            : born > 2008 ? "无"
            : rng.Next(100) < 5 ? "" : "全";
        return [born.ToString(System.Globalization.CultureInfo.InvariantCulture), unregistered ? "否" : "是", away ? "否" : "是",
            p.IsDisabled ? "是" : "否", labour];
    }

    private static string[] HouseholdCells(Random rng, HouseholdRow h)
    {
        var band = rng.Next(100) - (h.IsLiftedOut ? 10 : 0);
        var income = band < 6 ? rng.Next(3_000, 6_000) : band < 18 ? rng.Next(6_000, 9_000) : rng.Next(9_000, 30_000);
        string Guarantee() => rng.Next(100) switch { < 95 => "是", < 97 => "否", _ => "" };
        var edge = !h.HasDibao && rng.Next(100) < 4;
        var helper = (h.IsLiftedOut || h.IsMonitored) && h.GridWorkerPhone is { } phone ? phone.Replace("+86", "") : "";
        return [h.Address, (income / 10 * 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            IncomeYear.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{IncomeYear}年度收入核查",
            YesNo(h.IsLiftedOut), YesNo(h.IsMonitored), YesNo(h.HasDibao), YesNo(edge), YesNo(h.IsTekun),
            Guarantee(), Guarantee(), Guarantee(), Guarantee(), Guarantee(), Guarantee(), helper];
    }

    private static string YesNo(bool value) => value ? "是" : "否";
}
