namespace Alerts.Store.Seeding;

/// <summary>Plausible Chinese personal names for synthetic people, drawn from a caller's seeded RNG.</summary>
public static class ChineseNames
{
    // The most common surnames, roughly in order of frequency, so the draw below favours the first ones.
    private static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
         "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余",
         "杜", "叶", "程", "魏", "吕", "丁", "任", "沈", "姚", "卢", "谭", "廖", "贺", "向", "熊", "秦", "冉", "龚", "文", "万"];

    private static readonly string[] Given =
        ["建", "国", "华", "明", "秀", "英", "玉", "兰", "德", "福", "春", "芳", "平", "军", "红", "文", "家", "志", "永", "成",
         "兴", "贵", "桂", "珍", "淑", "云", "丽", "强", "勇", "伟", "林", "海", "清", "光", "富", "学", "忠", "元", "金", "凤",
         "良", "荣", "霞", "燕", "琴", "洪", "涛", "静", "婷", "杰", "宇", "浩", "欣", "雨", "川", "渝", "山", "水", "松", "梅"];

    public static string Next(Random rng)
    {
        // Squaring a uniform draw skews towards common surnames without a table of weights.
        var u = rng.NextDouble();
        var surname = Surnames[(int)(u * u * Surnames.Length)];
        var first = Given[rng.Next(Given.Length)];
        return rng.Next(4) == 0 ? surname + first : surname + first + Given[rng.Next(Given.Length)];
    }
}
