namespace Alerts.Bot.Language;

/// <summary>The nouns that set a clause's topic. 屋头 is Sichuan/Chongqing for home, 娃儿 for child, 苞谷 for maize,
/// 红苕 for sweet potato, 猪儿 and 羊子 for pig and sheep.</summary>
internal static class ReportNouns
{
    // Words that contain a topic noun but are something else: a pigsty is not a pig, "我家" is not a person.
    public static readonly string[] Masked =
    [
        "猪肉", "牛肉", "牛奶", "鸡蛋", "鸭蛋", "牛逼", "蜂窝煤", "其他还好", "其它还好", "其他都好", "其他都还好",
        "我们家", "我家", "俺家", "咱家", "他家", "她家", "你家", "人家", "人工", "别人", "我屋头", "我屋", "他屋头", "屋后头", "屋后面", "屋后边", "屋背后", "屋旁边", "屋前头", "房后",
    ];

    public static readonly (string Word, ReportTopic Topic)[] Topics = Build(
    [
        (ReportTopic.HousePart,
        [
            "屋顶", "房顶", "墙", "瓦", "厨房", "围墙", "院墙", "门窗", "窗户", "楼板", "灶屋", "灶房", "猪圈", "牛圈",
            "羊圈", "鸡圈", "鸡舍", "鸭棚", "圈", "厢房", "偏房", "耳房", "屋檐", "房檐", "厕所", "茅房", "茅厕", "柴房",
            "杂物间", "瓦片", "半边房子",
        ]),
        (ReportTopic.House, ["房子", "房屋", "住房", "屋子", "老屋", "土房", "瓦房", "砖房", "楼房", "正房", "房", "屋"]),
        (ReportTopic.Home, ["屋头", "屋里头", "屋里", "家里"]),
        (ReportTopic.Crops,
        [
            "庄稼", "粮食", "红勺", "稻田", "菜", "水稻", "稻谷", "稻子", "谷子", "玉米", "苞谷", "包谷", "红苕", "土豆", "洋芋", "小麦", "麦子",
            "油菜", "蔬菜", "菜地", "菜园", "田", "地里", "果树", "果园", "烤烟", "茶叶", "茶园", "秧", "花生", "黄豆",
            "大豆", "收成", "作物", "大棚", "辣椒", "柑橘", "橘子",
        ]),
        (ReportTopic.Livestock,
        [
            "猪", "牛", "羊", "鸡", "鸭", "鹅", "兔", "鱼", "马", "驴", "骡", "蜂", "狗", "牲口", "牲畜", "家禽", "家畜",
        ]),
        (ReportTopic.People,
        [
            "人", "老人", "娃儿", "娃", "孩子", "小孩", "爸", "妈", "爹", "娘", "爷爷", "奶奶", "婆婆", "公公", "老伴",
            "老公", "老婆", "儿子", "女儿", "媳妇", "孙子", "孙女", "家人", "自己", "我", "他", "她", "哥", "姐", "弟",
            "妹", "邻居", "村民", "老汉儿", "老汉", "老人家", "老婆子", "老婆婆", "老头", "娃娃", "儿女", "有个",
        ]),
        (ReportTopic.Elsewhere,
        ["山", "坡", "路", "桥", "树", "车", "电线", "电杆", "河", "沟", "堡坎", "保坎", "坎子", "石头", "泥巴", "岩"]),
    ]);

    // Numbers followed by these count animals, not people: "死了三头猪".
    public const string AnimalMeasures = "头只匹条窝群箱";

    // "十几只", "二十多头", "百来只": the measure word comes after these.
    public static readonly char[] Approximately = ['几', '多', '来', '余'];

    private static (string, ReportTopic)[] Build((ReportTopic Topic, string[] Words)[] groups) =>
        [.. groups.SelectMany(g => g.Words.Select(w => (w, g.Topic))).OrderByDescending(p => p.Item1.Length)];
}
