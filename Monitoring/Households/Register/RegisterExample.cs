using C = Alerts.Monitoring.Households.Register.RegisterColumns;

namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// A small register in the import's own format, to download and fill in: every header the import reads, in the demo
/// register's order (<see cref="RegisterColumns.All"/>), and one household of three in the village given, so that the
/// file imports as it is. Written as the demo register is (BOM, CRLF).
/// </summary>
public static class RegisterExample
{
    public static string Write(string villageCode, string villageName)
    {
        var text = new StringWriter();
        var csv = new RegisterCsvWriter(text);
        csv.Record(C.All);
        // 村代码, 村名, 户编号, 姓名, 与户主关系, 出生年份, 户籍在本户, 共同生活, 残疾, 劳动能力, then the household's own
        // columns on the 户主 row only; 住房安全 left blank shows "not known", and the son works away (户在人不在).
        csv.Record([villageCode, villageName, "示例-001", "张示例", C.Head, "1968", "是", "是", "否", "全",
            "示例组1号", "5600", "2025", "2025年度收入核查", "是", "否", "否", "否", "否", "是", "是", "是", "是", "", "是", ""]);
        csv.Record([villageCode, villageName, "示例-001", "李示例", "配偶", "1970", "是", "是", "是", "弱", .. Blank()]);
        csv.Record([villageCode, villageName, "示例-001", "张小例", "子女", "1995", "是", "否", "否", "全", .. Blank()]);
        return text.ToString();
    }

    private static IEnumerable<string> Blank() => Enumerable.Repeat("", C.HouseholdColumns.Length);
}
