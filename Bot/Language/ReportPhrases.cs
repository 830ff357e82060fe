using Alerts.Bot.Reports;

namespace Alerts.Bot.Language;

/// <summary>
/// How people describe each kind of damage. A phrase counts only in a clause about its topic (see
/// <see cref="ReportClauses"/>); a phrase with a negator just before it ("没倒", "没进水") means no damage.
/// Longest first, so "要垮了" (about to fall: unsafe) beats "垮了" and "小裂缝" beats "裂缝".
/// </summary>
internal static class ReportPhrases
{
    public static readonly (string, HouseDamage)[] House =
    [
        ("冲垮", HouseDamage.Collapsed), ("垮了", HouseDamage.Collapsed), ("倒了", HouseDamage.Collapsed),
        ("塌了", HouseDamage.Collapsed), ("倒塌", HouseDamage.Collapsed), ("垮塌", HouseDamage.Collapsed),
        ("冲走", HouseDamage.Collapsed), ("冲没了", HouseDamage.Collapsed), ("压垮", HouseDamage.Collapsed),
        ("震垮", HouseDamage.Collapsed), ("埋了", HouseDamage.Collapsed), ("被埋", HouseDamage.Collapsed),
        ("烧光", HouseDamage.Collapsed), ("烧没了", HouseDamage.Collapsed), ("夷为平地", HouseDamage.Collapsed),
        ("房子没了", HouseDamage.Collapsed), ("房子都没了", HouseDamage.Collapsed), ("屋没了", HouseDamage.Collapsed),
        ("跨了", HouseDamage.Collapsed), ("垮完", HouseDamage.Collapsed), ("垮下来", HouseDamage.Collapsed),
        ("冲了", HouseDamage.Collapsed), ("烧了", HouseDamage.Collapsed), ("塌下来", HouseDamage.Collapsed),

        ("危房", HouseDamage.Unsafe), ("不能住", HouseDamage.Unsafe), ("住不了", HouseDamage.Unsafe),
        ("没法住", HouseDamage.Unsafe), ("不敢住", HouseDamage.Unsafe), ("住不成", HouseDamage.Unsafe),
        ("住不得", HouseDamage.Unsafe), ("要垮了", HouseDamage.Unsafe), ("快垮了", HouseDamage.Unsafe),
        ("要塌了", HouseDamage.Unsafe), ("快塌了", HouseDamage.Unsafe), ("快倒了", HouseDamage.Unsafe),
        ("要倒了", HouseDamage.Unsafe), ("随时会塌", HouseDamage.Unsafe), ("歪了", HouseDamage.Unsafe),

        ("大裂缝", HouseDamage.Severe), ("裂缝很大", HouseDamage.Severe), ("裂得很", HouseDamage.Severe),
        ("裂得厉害", HouseDamage.Severe), ("裂开了", HouseDamage.Severe), ("大口子", HouseDamage.Severe),
        ("损坏严重", HouseDamage.Severe), ("严重受损", HouseDamage.Severe), ("很严重", HouseDamage.Severe),
        ("下沉", HouseDamage.Severe), ("大缝", HouseDamage.Severe), ("裂了好大", HouseDamage.Severe),
        ("坏得凶", HouseDamage.Severe), ("坏得很", HouseDamage.Severe), ("坏得厉害", HouseDamage.Severe),
        ("烂得凶", HouseDamage.Severe), ("裂得凶", HouseDamage.Severe),

        // A part gone (half the house, a corner, the roof torn off) while the rest stands.
        ("垮了一半", HouseDamage.Partial), ("塌了一半", HouseDamage.Partial), ("倒了一半", HouseDamage.Partial),
        ("垮了一角", HouseDamage.Partial), ("塌了一角", HouseDamage.Partial), ("埋了一半", HouseDamage.Partial),
        ("掀了", HouseDamage.Partial), ("掀翻", HouseDamage.Partial), ("吹翻", HouseDamage.Partial),

        ("裂缝", HouseDamage.Minor), ("开裂", HouseDamage.Minor), ("裂了", HouseDamage.Minor),
        ("小裂缝", HouseDamage.Minor), ("有缝", HouseDamage.Minor), ("进水", HouseDamage.Minor),
        ("进了水", HouseDamage.Minor), ("漏水", HouseDamage.Minor), ("漏雨", HouseDamage.Minor),
        ("掉瓦", HouseDamage.Minor), ("瓦被吹", HouseDamage.Minor), ("受损", HouseDamage.Minor),
        ("坏了", HouseDamage.Minor), ("损坏", HouseDamage.Minor), ("泡了", HouseDamage.Minor),
        ("淹了", HouseDamage.Minor), ("被淹", HouseDamage.Minor), ("吹掉", HouseDamage.Minor),
        ("吹走", HouseDamage.Severe), ("吹跑", HouseDamage.Severe), ("漏", HouseDamage.Minor),
        ("吹落", HouseDamage.Minor), ("打烂", HouseDamage.Minor), ("全是泥巴", HouseDamage.Minor),
        ("进泥巴", HouseDamage.Minor),
    ];

    // Said of the whole house these could be its roof or all of it: asked, not guessed.
    // "山洪冲了屋头" hit the house, but how badly is not said.
    public static readonly string[] AmbiguousForWholeHouse = ["掀了", "掀翻", "冲了"];

    // Beside a fall, these make it a part: "灶屋垮了半边", "那面墙垮了", "房子埋了一半".
    public static readonly string[] PartOfIt =
    [
        "一半", "半边", "一角", "一截", "一部分", "一块", "一个洞", "一点点", "一面", "那面", "这面", "一堵", "一间", "一坨",
    ];

    // Said about a topic to mean it is fine; also what a negated damage phrase amounts to.
    public static readonly string[] Fine =
    [
        "没事", "没问题", "还好", "好好的", "完好", "无损", "没什么事", "没啥事", "没得事", "没受损", "没受影响",
        "没有受损", "没有影响", "没损失", "没有损失", "安全", "都好", "莫得事", "么得事", "没得啥子事", "没啥子事",
        "没得啥子", "还可以", "好的",
    ];

    // Crops said how badly: 绝收, 减产, 一半. "没得啥子损失" is consumed whole, so its 损失 is not a loss.
    public static readonly (string, CropLoss)[] Crops =
    [
        ("绝收", CropLoss.TotalLoss), ("绝产", CropLoss.TotalLoss), ("颗粒无收", CropLoss.TotalLoss),
        ("全没了", CropLoss.TotalLoss), ("全部没了", CropLoss.TotalLoss), ("都没了", CropLoss.TotalLoss),
        ("全毁了", CropLoss.TotalLoss), ("全完了", CropLoss.TotalLoss), ("没收成", CropLoss.TotalLoss),
        ("没得收成", CropLoss.TotalLoss), ("没有收成", CropLoss.TotalLoss), ("一点都没剩", CropLoss.TotalLoss),
        ("一点都没得", CropLoss.TotalLoss), ("冲完了", CropLoss.TotalLoss), ("全部冲完", CropLoss.TotalLoss),

        ("减产", CropLoss.Reduced), ("歉收", CropLoss.Reduced), ("少收", CropLoss.Reduced),
        ("收成不好", CropLoss.Reduced), ("一半", CropLoss.Reduced), ("部分", CropLoss.Reduced),
        ("一片", CropLoss.Reduced), ("一大片", CropLoss.Reduced), ("一些", CropLoss.Reduced),

        ("没得啥子损失", CropLoss.None), ("没啥子损失", CropLoss.None), ("没什么损失", CropLoss.None),
        ("没有损失", CropLoss.None), ("没损失", CropLoss.None), ("没得损失", CropLoss.None), ("莫得损失", CropLoss.None),
    ];

    // Crops hit without saying how badly: all of them ("全淹了") is a total loss, otherwise it is asked.
    public static readonly string[] CropDamage =
    [
        "受损", "受灾", "倒伏", "淹了", "被淹", "冲走", "冲毁", "冲了", "打烂", "打坏", "干死", "冻坏", "冻死", "死了",
        "烂了", "倒了", "损失", "坏了", "毁了", "吹倒", "淹死", "打了",
    ];

    // Before a Reduced phrase these make it a total loss: "全淹了", "都冲走了", "所有的苞谷都倒了".
    public static readonly string[] Whole = ["全", "都", "所有", "全部", "整片"];

    public static readonly string[] LivestockLoss =
    [
        "死", "冲走", "冲跑", "冲没", "淹死", "压死", "冻死", "热死", "砸死", "闷死", "病死", "埋了", "被埋", "没了",
        "跑丢", "丢了", "走失",
    ];

    public static readonly (string, WaterSupply)[] Water =
    [
        ("没水喝", WaterSupply.None), ("没有水喝", WaterSupply.None), ("没得水喝", WaterSupply.None),
        ("没水吃", WaterSupply.None), ("没得水吃", WaterSupply.None), ("停水", WaterSupply.None),
        ("断水", WaterSupply.None), ("没水了", WaterSupply.None), ("没有水了", WaterSupply.None),
        ("没得水了", WaterSupply.None), ("水管断", WaterSupply.None), ("水管冲断", WaterSupply.None),
        ("水管冲坏", WaterSupply.None), ("水管坏", WaterSupply.None), ("水管爆", WaterSupply.None),
        ("水管冻爆", WaterSupply.None), ("莫得水", WaterSupply.None), ("么得水", WaterSupply.None),
        ("没得水", WaterSupply.None), ("水管遭冲断", WaterSupply.None), ("自来水停", WaterSupply.None), ("吃不上水", WaterSupply.None),
        ("喝不上水", WaterSupply.None), ("井干了", WaterSupply.None), ("水窖干了", WaterSupply.None),
        ("水池干了", WaterSupply.None), ("没有饮用水", WaterSupply.None),

        ("水浑", WaterSupply.Polluted), ("水脏", WaterSupply.Polluted), ("污染", WaterSupply.Polluted),
        ("浑水", WaterSupply.Polluted), ("黄泥水", WaterSupply.Polluted), ("水发臭", WaterSupply.Polluted),
        ("水臭", WaterSupply.Polluted), ("水变色", WaterSupply.Polluted), ("水有味", WaterSupply.Polluted),
        ("水不能喝", WaterSupply.Polluted), ("水喝不得", WaterSupply.Polluted), ("水变浑", WaterSupply.Polluted),
        ("水质不好", WaterSupply.Polluted), ("水变黄", WaterSupply.Polluted), ("水都浑", WaterSupply.Polluted),
        ("浑的", WaterSupply.Polluted), ("怪味", WaterSupply.Polluted), ("浑得很", WaterSupply.Polluted),

        ("水不够", WaterSupply.Short), ("缺水", WaterSupply.Short), ("水少", WaterSupply.Short),
        ("吃水困难", WaterSupply.Short), ("用水困难", WaterSupply.Short), ("喝水困难", WaterSupply.Short),
        ("水很少", WaterSupply.Short), ("水不太够", WaterSupply.Short), ("水紧张", WaterSupply.Short),
        ("吃水有点紧张", WaterSupply.Short), ("吃水紧张", WaterSupply.Short), ("不够吃", WaterSupply.Short),

        ("水没问题", WaterSupply.Normal), ("有水喝", WaterSupply.Normal), ("水正常", WaterSupply.Normal),
        ("喝水没问题", WaterSupply.Normal), ("吃水没问题", WaterSupply.Normal), ("水没事", WaterSupply.Normal),
        ("水够", WaterSupply.Normal), ("有水吃", WaterSupply.Normal), ("水还有", WaterSupply.Normal),
        ("水还够", WaterSupply.Normal), ("吃水还够", WaterSupply.Normal), ("吃水没得事", WaterSupply.Normal),
    ];

    // A field short of water is drought, not a household without drinking water.
    public static readonly string[] FieldWater = ["田里缺水", "地里缺水", "庄稼缺水", "田缺水", "地缺水"];

    public static readonly string[] Medical =
    [
        "生病", "病了", "住院", "看病", "医院", "吃药", "药费", "医药费", "打针", "输液", "吊水", "发烧", "拉肚子",
        "治病", "手术", "医疗费", "看医生", "诊所", "卫生院",
    ];

    public static readonly (string, bool)[] Labour =
    [
        ("干不了活", true), ("干不动", true), ("做不了活", true), ("干不成活", true), ("做不得活", true),
        ("丧失劳动力", true), ("瘫痪", true), ("瘫了", true), ("残疾", true), ("下不了地", true), ("不能干活", true),
        ("不能做活", true), ("做不动", true), ("卧床", true), ("起不来床", true),
        ("能干活", false), ("能做活", false), ("有劳力", false), ("能下地", false), ("还能干", false),
    ];

    // Said of the whole household, whoever is named: "屋头没得人挣钱了".
    public static readonly (string, bool)[] HouseholdLabour =
    [
        ("没得人挣钱", true), ("没人挣钱", true), ("没有人挣钱", true), ("没人干活", true), ("没得人干活", true),
        ("没劳力", true), ("没有劳力", true), ("没劳动力", true), ("没有劳动力", true),
    ];

    // The speaker is the household: "就我一个", "一个人住". Then what the speaker cannot do, the household cannot.
    public static readonly string[] Alone = ["就我一个", "一个人住", "只有我", "就我一个人", "一个人在屋头", "孤老"];

    public static readonly string[] Neighbour = ["邻居", "隔壁", "代报", "帮别人", "替别人", "帮他家", "替他家", "帮她家"];
}
