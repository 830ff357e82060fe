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

        ("危房", HouseDamage.Unsafe), ("不能住", HouseDamage.Unsafe), ("住不了", HouseDamage.Unsafe),
        ("没法住", HouseDamage.Unsafe), ("不敢住", HouseDamage.Unsafe), ("住不成", HouseDamage.Unsafe),
        ("住不得", HouseDamage.Unsafe), ("要垮了", HouseDamage.Unsafe), ("快垮了", HouseDamage.Unsafe),
        ("要塌了", HouseDamage.Unsafe), ("快塌了", HouseDamage.Unsafe), ("快倒了", HouseDamage.Unsafe),
        ("要倒了", HouseDamage.Unsafe), ("随时会塌", HouseDamage.Unsafe), ("歪了", HouseDamage.Unsafe),

        ("大裂缝", HouseDamage.Severe), ("裂缝很大", HouseDamage.Severe), ("裂得很", HouseDamage.Severe),
        ("裂得厉害", HouseDamage.Severe), ("裂开了", HouseDamage.Severe), ("大口子", HouseDamage.Severe),
        ("掀了", HouseDamage.Severe), ("掀翻", HouseDamage.Severe), ("损坏严重", HouseDamage.Severe),
        ("严重受损", HouseDamage.Severe), ("很严重", HouseDamage.Severe), ("下沉", HouseDamage.Severe),
        ("大缝", HouseDamage.Severe), ("裂了好大", HouseDamage.Severe), ("垮了一半", HouseDamage.Severe),
        ("塌了一半", HouseDamage.Severe), ("倒了一半", HouseDamage.Severe), ("垮了一角", HouseDamage.Severe),
        ("塌了一角", HouseDamage.Severe),

        ("裂缝", HouseDamage.Minor), ("开裂", HouseDamage.Minor), ("裂了", HouseDamage.Minor),
        ("小裂缝", HouseDamage.Minor), ("有缝", HouseDamage.Minor), ("进水", HouseDamage.Minor),
        ("进了水", HouseDamage.Minor), ("漏水", HouseDamage.Minor), ("漏雨", HouseDamage.Minor),
        ("掉瓦", HouseDamage.Minor), ("瓦被吹", HouseDamage.Minor), ("受损", HouseDamage.Minor),
        ("坏了", HouseDamage.Minor), ("损坏", HouseDamage.Minor), ("泡了", HouseDamage.Minor),
        ("淹了", HouseDamage.Minor), ("被淹", HouseDamage.Minor), ("吹掉", HouseDamage.Minor),
        ("吹走", HouseDamage.Severe), ("吹跑", HouseDamage.Severe),
    ];

    // Said about a topic to mean it is fine; also what a negated damage phrase amounts to.
    public static readonly string[] Fine =
    [
        "没事", "没问题", "还好", "好好的", "完好", "无损", "没什么事", "没啥事", "没得事", "没受损", "没受影响",
        "没有受损", "没有影响", "没损失", "没有损失", "安全", "都好",
    ];

    public static readonly (string, CropLoss)[] Crops =
    [
        ("绝收", CropLoss.TotalLoss), ("绝产", CropLoss.TotalLoss), ("颗粒无收", CropLoss.TotalLoss),
        ("全没了", CropLoss.TotalLoss), ("全部没了", CropLoss.TotalLoss), ("都没了", CropLoss.TotalLoss),
        ("全毁了", CropLoss.TotalLoss), ("全完了", CropLoss.TotalLoss), ("没收成", CropLoss.TotalLoss),
        ("没得收成", CropLoss.TotalLoss), ("没有收成", CropLoss.TotalLoss), ("一点都没剩", CropLoss.TotalLoss),

        ("减产", CropLoss.Reduced), ("歉收", CropLoss.Reduced), ("少收", CropLoss.Reduced),
        ("收成不好", CropLoss.Reduced), ("受损", CropLoss.Reduced), ("受灾", CropLoss.Reduced),
        ("倒伏", CropLoss.Reduced), ("淹了", CropLoss.Reduced), ("被淹", CropLoss.Reduced),
        ("冲走", CropLoss.Reduced), ("冲毁", CropLoss.Reduced), ("冲了", CropLoss.Reduced),
        ("打烂", CropLoss.Reduced), ("打坏", CropLoss.Reduced), ("干死", CropLoss.Reduced),
        ("冻坏", CropLoss.Reduced), ("冻死", CropLoss.Reduced), ("死了", CropLoss.Reduced),
        ("烂了", CropLoss.Reduced), ("倒了", CropLoss.Reduced), ("损失", CropLoss.Reduced),
        ("坏了", CropLoss.Reduced), ("毁了", CropLoss.Reduced), ("一半", CropLoss.Reduced),
        ("部分", CropLoss.Reduced),
    ];

    // Before a Reduced phrase these make it a total loss: "全淹了", "都冲走了", "所有的苞谷都倒了".
    public static readonly string[] Whole = ["全", "都", "所有", "全部", "整片"];

    public static readonly string[] LivestockLoss =
    [
        "死", "冲走", "冲跑", "冲没", "淹死", "压死", "冻死", "热死", "砸死", "闷死", "病死", "埋了", "被埋", "没了",
        "跑了", "跑丢", "丢了", "走失",
    ];

    public static readonly (string, WaterSupply)[] Water =
    [
        ("没水喝", WaterSupply.None), ("没有水喝", WaterSupply.None), ("没得水喝", WaterSupply.None),
        ("没水吃", WaterSupply.None), ("没得水吃", WaterSupply.None), ("停水", WaterSupply.None),
        ("断水", WaterSupply.None), ("没水了", WaterSupply.None), ("没有水了", WaterSupply.None),
        ("没得水了", WaterSupply.None), ("水管断", WaterSupply.None), ("水管冲断", WaterSupply.None),
        ("水管冲坏", WaterSupply.None), ("水管坏", WaterSupply.None), ("水管爆", WaterSupply.None),
        ("水管冻爆", WaterSupply.None), ("自来水停", WaterSupply.None), ("吃不上水", WaterSupply.None),
        ("喝不上水", WaterSupply.None), ("井干了", WaterSupply.None), ("水窖干了", WaterSupply.None),
        ("水池干了", WaterSupply.None), ("没有饮用水", WaterSupply.None),

        ("水浑", WaterSupply.Polluted), ("水脏", WaterSupply.Polluted), ("污染", WaterSupply.Polluted),
        ("浑水", WaterSupply.Polluted), ("黄泥水", WaterSupply.Polluted), ("水发臭", WaterSupply.Polluted),
        ("水臭", WaterSupply.Polluted), ("水变色", WaterSupply.Polluted), ("水有味", WaterSupply.Polluted),
        ("水不能喝", WaterSupply.Polluted), ("水喝不得", WaterSupply.Polluted), ("水变浑", WaterSupply.Polluted),
        ("水质不好", WaterSupply.Polluted), ("水变黄", WaterSupply.Polluted),

        ("水不够", WaterSupply.Short), ("缺水", WaterSupply.Short), ("水少", WaterSupply.Short),
        ("吃水困难", WaterSupply.Short), ("用水困难", WaterSupply.Short), ("喝水困难", WaterSupply.Short),
        ("水很少", WaterSupply.Short), ("水不太够", WaterSupply.Short), ("水紧张", WaterSupply.Short),

        ("水没问题", WaterSupply.Normal), ("有水喝", WaterSupply.Normal), ("水正常", WaterSupply.Normal),
        ("喝水没问题", WaterSupply.Normal), ("吃水没问题", WaterSupply.Normal), ("水没事", WaterSupply.Normal),
        ("水够", WaterSupply.Normal), ("有水吃", WaterSupply.Normal),
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
        ("没劳力", true), ("没有劳力", true), ("没劳动力", true), ("没有劳动力", true), ("丧失劳动力", true),
        ("瘫痪", true), ("瘫了", true), ("残疾", true), ("下不了地", true), ("不能干活", true),
        ("不能做活", true), ("做不动", true), ("卧床", true), ("起不来床", true),
        ("能干活", false), ("能做活", false), ("有劳力", false), ("能下地", false),
    ];

    public static readonly string[] Neighbour = ["邻居", "隔壁", "代报", "帮别人", "替别人", "帮他家", "替他家", "帮她家"];
}
