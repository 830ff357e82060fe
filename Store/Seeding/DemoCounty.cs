using Alerts.Store.Regions;

namespace Alerts.Store.Seeding;

/// <summary>
/// The demo county: 重庆市渝北区 (500112) with ten of its real towns and about a hundred villages whose names are
/// made up from common place-name characters. Codes are well formed; town and village numbers are ours.
/// </summary>
public static class DemoCounty
{
    public const string ProvinceCode = "500000000000";
    public const string CityCode = "500100000000";
    public const string CountyCode = "500112000000";
    public const string CountyPrefix = "500112";

    private static readonly string[] Towns =
        ["木耳镇", "兴隆镇", "茨竹镇", "大盛镇", "洛碛镇", "统景镇", "古路镇", "石船镇", "大湾镇", "龙兴镇"];

    private static readonly string[] VillageFirst =
        ["金", "石", "龙", "凤", "桃", "柏", "青", "双", "新", "高", "黄", "白", "长", "永", "太", "回", "鹿", "马", "云", "花",
         "松", "竹", "梨", "银", "清", "安", "大", "玉", "槐", "枫"];

    private static readonly string[] VillageSecond =
        ["坪", "湾", "溪", "桥", "山", "岭", "坝", "沟", "河", "塘", "岩", "林", "丰", "兴", "和", "平", "园", "井", "庙", "垭"];

    /// <summary>Villages per town, varied as real towns are (8 to 12), about 100 in all.</summary>
    private static readonly int[] VillagesPerTown = [12, 9, 10, 11, 8, 10, 9, 11, 10, 10];

    public static IReadOnlyList<Region> Regions { get; } = Build();

    public static IReadOnlyList<Region> Villages { get; } = Regions.Where(r => r.Level == 5).ToArray();

    public static IReadOnlyList<Region> TownList { get; } = Regions.Where(r => r.Level == 4).ToArray();

    private static List<Region> Build()
    {
        var list = new List<Region>
        {
            new() { Code = ProvinceCode, Level = 1, ParentCode = null, Name = "重庆市" },
            new() { Code = CityCode, Level = 2, ParentCode = ProvinceCode, Name = "市辖区" },
            new() { Code = CountyCode, Level = 3, ParentCode = CityCode, Name = "渝北区" },
        };
        var used = new HashSet<string>();
        var n = 0;
        for (var t = 0; t < Towns.Length; t++)
        {
            var townCode = $"{CountyPrefix}{101 + t:D3}000";
            list.Add(new Region { Code = townCode, Level = 4, ParentCode = CountyCode, Name = Towns[t] });
            for (var v = 0; v < VillagesPerTown[t]; v++)
            {
                string name;
                do
                {
                    // A fixed walk through the two lists (coprime strides) gives varied, repeatable names.
                    name = VillageFirst[(n * 7) % VillageFirst.Length] + VillageSecond[(n * 3 + n / 20) % VillageSecond.Length] + "村";
                    n++;
                } while (!used.Add(name));
                list.Add(new Region { Code = $"{townCode[..9]}{v + 1:D3}", Level = 5, ParentCode = townCode, Name = name });
            }
        }
        return list;
    }
}
