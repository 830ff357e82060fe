using System.Globalization;
using System.Text;
using Alerts.Store.Seeding;

namespace Alerts.Bench.Register;

/// <summary>
/// A county register of N households (1 to 5 members, household columns on the head's row) from a fixed seed, both as
/// the CSV our import reads and as the rows a bare insert loop writes: the same values either way.
/// </summary>
internal sealed class SyntheticRegister
{
    public const string Header = "村代码,户编号,姓名,与户主关系,出生年份,户籍在本户,共同生活,残疾,劳动能力,地址,人均纯收入(元),收入年度,收入来源,脱贫户,低保,不愁吃,不愁穿,义务教育,基本医疗,住房安全,饮水安全";

    internal sealed record Member(string Name, string Relation, int Born, bool LivesHere, string Labour);
    internal sealed record Household(string Village, string RegisterNo, string Address, int Income, bool LiftedOut, bool Dibao,
        IReadOnlyList<Member> Members);

    public List<Household> Households { get; } = [];
    public string Csv { get; }
    public int MemberRows { get; }

    public SyntheticRegister(int households)
    {
        var rng = new Random(20_261_129);
        var villages = DemoCounty.Villages;
        var csv = new StringBuilder(households * 200).Append(Header).Append("\r\n");
        for (var i = 0; i < households; i++)
        {
            var size = rng.Next(1, 6);
            var members = Enumerable.Range(0, size).Select(m => new Member(ChineseNames.Next(rng),
                m == 0 ? "户主" : m == 1 ? "配偶" : "子女", rng.Next(1940, 2015), rng.Next(100) >= 10,
                rng.Next(3) switch { 0 => "全", 1 => "弱", _ => "无" })).ToList();
            var h = new Household(villages[i % villages.Count].Code, (i + 1).ToString("D7", CultureInfo.InvariantCulture),
                $"{rng.Next(1, 9)}组{rng.Next(1, 120)}号", rng.Next(3_000, 30_000), rng.Next(100) < 15, rng.Next(100) < 6, members);
            Households.Add(h);
            MemberRows += size;
            for (var m = 0; m < size; m++)
            {
                var p = members[m];
                csv.Append(h.Village).Append(',').Append(h.RegisterNo).Append(',').Append(p.Name).Append(',').Append(p.Relation)
                    .Append(',').Append(p.Born).Append(",是,").Append(p.LivesHere ? "是" : "否").Append(",否,").Append(p.Labour);
                if (m == 0)
                    csv.Append(',').Append(h.Address).Append(',').Append(h.Income).Append(",2025,入户调查,")
                        .Append(h.LiftedOut ? "是" : "否").Append(',').Append(h.Dibao ? "是" : "否").Append(",是,是,是,是,是,是");
                else csv.Append(",,,,,,,,,,,,");
                csv.Append("\r\n");
            }
        }
        Csv = csv.ToString();
    }
}
