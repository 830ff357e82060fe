using Alerts.Bot.Dialogs.Prompts;

namespace Alerts.Bot.Reports;

/// <summary>
/// The wording of each report question: short, plain, numbered, the same on WeChat and SMS. Kept together so that
/// the whole questionnaire can be read (and reviewed with village staff) in one place. Each option carries the
/// words people answer it with (standard, Chongqing/Sichuan, voice-to-text); <see cref="ReportAnswerReader"/> reads
/// them, together with the damage phrases of <see cref="Language.ReportPhrases"/> and the yes/no words of
/// <see cref="Language.YesNoWords"/>. An answer naming two options keeps the worse (help first).
/// </summary>
internal static class ReportQuestions
{
    public static readonly PromptOptions Subject = new()
    {
        Text = "您是替哪一户报告？请回复户主姓名。",
        RetryHint = "请回复户主的名字。",
    };

    public static readonly PromptOptions Hazard = new()
    {
        Key = "hazard",
        Text = "遇到了什么灾害？请回复数字：",
        RetryHint = "是什么灾害？说“涨水”“垮山”“冰雹”这样的就行，或者回复数字。",
        Choices =
        [
            new("rainstorm", "暴雨、涨水", ["暴雨", "涨水", "水淹", "洪水", "下大雨", "发大水", "涨大水", "红水"]),
            new("flash_flood", "山洪", ["山洪"]),
            new("landslide", "滑坡、塌方", ["滑坡", "塌方", "垮山", "滑破", "山垮", "坡垮", "落石", "滚石"]),
            new("debris_flow", "泥石流", ["泥石流", "泥石榴"]),
            new("gale", "大风、冰雹", ["大风", "冰雹", "刮风", "雹子", "龙卷风"]),
            new("earthquake", "地震", ["地震"]),
            new("other", "其他", ["其他", "别的", "其它"]),
        ],
    };

    public static readonly PromptOptions When = new()
    {
        Key = "when",
        Text = "什么时候发生的？",
        RetryHint = "是哪天的事？说“昨晚上”“前天”这样的就行，记不到了回复“不晓得”。",
        // The value is how many days ago; "更早" is counted as 4 days, the visit will find the exact date.
        Choices =
        [
            new("0", "今天", ["今天", "今早", "刚才", "刚刚", "今天早上"]), new("1", "昨天", ["昨天", "昨晚", "昨晚上", "昨夜"]),
            new("2", "前天", ["前天"]), new("4", "更早", ["前几天", "更早", "好几天", "上个星期", "大前天", "上周"]),
        ],
    };

    public static readonly PromptOptions People = new()
    {
        Key = "people",
        Text = "家里有人受伤或遇难吗？",
        RetryHint = "是问家里的人：有没有人受伤、有没有人遇难？没有就回复“没有”。",
        HelpWordsAnswer = true,
        Choices =
        [
            new("none", "没有", ["没有", "没人", "莫得", "没得", "么得", "都好", "都没事", "都没得事", "都好的", "人都好"]),
            new("injured", "有人受伤", ["受伤", "伤了", "摔伤"]),
            new("dead", "有人遇难", ["遇难", "去世", "过世", "死人"]),
        ],
    };

    public static PromptOptions PeopleCount(bool dead) => new()
    {
        Key = dead ? "deaths" : "injured",
        Text = dead ? "有几个人遇难？" : "有几个人受伤？",
        RetryHint = "请回复人数，比如 1；不清楚回复“不晓得”。",
    };

    public static readonly PromptOptions House = new()
    {
        Key = "house",
        Text = "房子怎么样？",
        RetryHint = "房子坏没坏？比如“屋顶漏雨”“灶屋垮了”“住不得了”，或者回复数字。",
        Choices =
        [
            new("none", "没事", ["没事", "没有", "莫得事", "没得事", "好好的", "还好"]),
            new("minor", "轻微损坏", ["轻微", "漏雨", "漏水", "裂缝", "进水", "掉瓦"]),
            new("severe", "严重损坏", ["严重", "坏得凶"]),
            new("unsafe", "不能住了", ["危房", "不能住", "住不得"]),
            new("collapsed", "整个倒塌", ["整个垮", "整个倒", "全垮", "倒塌"]),
            // Added last so that the numbers people already know keep their meaning.
            new("partial", "一部分垮了（一面墙、灶屋、猪圈）", ["部分", "一面墙", "灶屋", "猪圈", "半边", "一半"]),
        ],
    };

    public static readonly PromptOptions Crops = new()
    {
        Key = "crops",
        Text = "庄稼有损失吗？",
        RetryHint = "庄稼损失多少？没有回复“没有”，损失一部分回复“减产”，全没了回复“绝收”。",
        Choices =
        [
            new("none", "没有损失", ["没有", "没种", "莫得", "没得", "么得", "没损失", "还好"]),
            new("reduced", "减产", ["减产", "一半", "有一点", "有点", "一部分", "少收"]),
            new("total_loss", "绝收", ["绝收", "全没", "全部没了", "一点都没得"]),
        ],
    };

    public static readonly PromptOptions Livestock = new()
    {
        Key = "livestock",
        Text = "猪牛羊鸡等牲畜有损失吗？",
        RetryHint = "猪、牛、鸡这些有没有死或者冲走？没有就回复“没有”。",
        // Yes first, as every yes/no question is numbered (1 是, 2 否).
        Choices =
        [
            new("yes", "有损失", ["有损失", "死了", "冲走"]),
            new("no", "没有", ["没养", "没喂", "不养", "都还好", "都在"]),
        ],
    };

    public static readonly PromptOptions Water = new()
    {
        Key = "water",
        Text = "现在吃水怎么样？",
        RetryHint = "现在有没有水吃？水够不够、干不干净？",
        Choices =
        [
            new("normal", "正常", ["正常", "还可以", "没问题", "还好", "够吃", "有水"]),
            new("short", "水不够用", ["不够", "紧张", "缺水"]),
            new("none", "没有水", ["没水", "停水", "莫得水", "没得水", "断水"]),
            new("polluted", "水脏了", ["脏", "浑", "污染", "怪味", "臭"]),
        ],
    };

    public static readonly PromptOptions IncomeLost = new()
    {
        Key = "loss",
        Text = "这次大概损失了多少钱？估个数就行，比如 5000。不清楚回复“跳过”。",
        RetryHint = "估个数就行，比如“五千”“两三万”；不清楚回复“不晓得”。",
    };

    public static readonly PromptOptions Medical = new()
    {
        Key = "medical",
        Text = "看病大概要额外花多少钱？没有回复0，不清楚回复“跳过”。",
        RetryHint = "估个数就行，比如“两千”；没有回复0，不清楚回复“不晓得”。",
    };

    // 两不愁三保障, asked only when they matter (SelfReportDialog): a "不晓得" is stored as unknown, never as fine.
    public static readonly PromptOptions MedicalCare = new()
    {
        Key = "medical_care",
        Text = "家里人现在看得上病吗？",
        RetryHint = "有病有伤能不能去看医生？能就回复“能”，看不上（没钱、没处看）回复“看不上”。",
        Choices =
        [
            new("yes", "看得上", ["看得上", "能看", "在看", "看了", "住院了", "住起院", "在医院"]),
            new("no", "看不上", ["看不上", "看不起", "没钱看", "没处看", "去不了", "没法看"]),
        ],
    };

    public static readonly PromptOptions Living = new()
    {
        Key = "living",
        Text = "家里现在吃的、穿的（被子）还有吗？",
        RetryHint = "吃的穿的够不够？都有回复1，缺吃的回复2，缺穿的盖的回复3，都缺回复4。",
        Choices =
        [
            new("both", "都有", ["都有", "够", "不缺", "都不缺"]),
            new("no_food", "只缺吃的", ["只缺吃"]),
            new("no_clothing", "只缺穿的、盖的", ["只缺穿"]),
            new("neither", "吃的穿的都缺", ["都缺", "都没得", "都没有", "啥都没得", "啥都没了"]),
        ],
    };

    public static readonly PromptOptions Schooling = new()
    {
        Key = "schooling",
        Text = "家里上学的娃儿还能去上学吗？",
        RetryHint = "娃儿还能不能上学？能回复1，上不了回复2，家里没有上学的回复3。",
        Choices =
        [
            new("yes", "能上学", ["能", "能上", "在上", "照常", "能去"]),
            new("no", "上不了学", ["不能", "不行", "上不了", "去不了", "没法上", "读不成"]),
            new("none", "家里没有上学的", ["没有上学的", "没得上学的", "没娃", "没孩子", "没得娃", "没有娃", "没小孩"]),
        ],
    };

    public static readonly PromptOptions Labour = new()
    {
        Key = "labour",
        Text = "家里还有能干活挣钱的人吗？",
        RetryHint = "家里还有没有人能干活、挣钱？",
        Choices =
        [
            new("yes", "还有", ["还能干", "能干活", "还有人"]),
            new("no", "没有了", ["没有人", "没人", "干不动", "干不了"]),
        ],
    };

    public const string Extras = "方便的话，请发一下位置（点＋号→位置）或现场照片，发完回复“好了”；不发请回复“跳过”。";
}
