using Alerts.Bot.Dialogs.Prompts;

namespace Alerts.Bot.Reports;

/// <summary>
/// The wording of each report question: short, plain, numbered, the same on WeChat and SMS. Kept together so that
/// the whole questionnaire can be read (and reviewed with village staff) in one place.
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
        Text = "遇到了什么灾害？请回复数字：",
        RetryHint = "请回复1到7的数字。",
        Choices =
        [
            new("rainstorm", "暴雨、涨水", ["暴雨", "涨水", "水淹", "洪水"]),
            new("flash_flood", "山洪", ["山洪"]),
            new("landslide", "滑坡、塌方", ["滑坡", "塌方", "垮山"]),
            new("debris_flow", "泥石流", ["泥石流"]),
            new("gale", "大风、冰雹", ["大风", "冰雹"]),
            new("earthquake", "地震", ["地震"]),
            new("other", "其他", ["其他", "别的"]),
        ],
    };

    public static readonly PromptOptions When = new()
    {
        Text = "什么时候发生的？",
        RetryHint = "请回复1到4的数字。",
        // The value is how many days ago; "更早" is counted as 4 days, the visit will find the exact date.
        Choices = [new("0", "今天", ["今天"]), new("1", "昨天", ["昨天"]), new("2", "前天", ["前天"]), new("4", "更早", ["前几天", "更早", "好几天"])],
    };

    public static readonly PromptOptions People = new()
    {
        Text = "家里有人受伤或遇难吗？",
        RetryHint = "请回复1、2或3。",
        HelpWordsAnswer = true,
        Choices = [new("none", "没有", ["没有", "没人"]), new("injured", "有人受伤", ["受伤"]), new("dead", "有人遇难", ["遇难", "死"])],
    };

    public static PromptOptions PeopleCount(bool dead) => new()
    {
        Text = dead ? "有几个人遇难？" : "有几个人受伤？",
        RetryHint = "请回复人数，比如 1。",
    };

    public static readonly PromptOptions House = new()
    {
        Text = "房子怎么样？",
        RetryHint = "请回复1到5的数字。",
        Choices =
        [
            new("none", "没事", ["没事", "没有"]), new("minor", "轻微损坏", ["轻微", "漏雨"]),
            new("severe", "严重损坏", ["严重"]), new("unsafe", "不能住了", ["危房", "不能住"]),
            new("collapsed", "倒塌", ["倒", "垮", "塌"]),
        ],
    };

    public static readonly PromptOptions Crops = new()
    {
        Text = "庄稼有损失吗？",
        RetryHint = "请回复1、2或3。",
        Choices = [new("none", "没有损失", ["没有", "没种"]), new("reduced", "减产", ["减产", "一半"]), new("total_loss", "绝收", ["绝收", "全没"])],
    };

    public static readonly PromptOptions Livestock = new() { Text = "猪牛羊鸡等牲畜有损失吗？" };

    public static readonly PromptOptions Water = new()
    {
        Text = "现在吃水怎么样？",
        RetryHint = "请回复1到4的数字。",
        Choices =
        [
            new("normal", "正常", ["正常"]), new("short", "水不够用", ["不够"]), new("none", "没有水", ["没水", "停水"]),
            new("polluted", "水脏了", ["脏", "浑", "污染"]),
        ],
    };

    public static readonly PromptOptions IncomeLost = new()
    {
        Text = "这次大概损失了多少钱？估个数就行，比如 5000。不清楚回复“跳过”。",
        RetryHint = "请回复一个数字，比如 5000。",
        AllowSkip = true,
    };

    public static readonly PromptOptions Medical = new()
    {
        Text = "看病大概要额外花多少钱？没有回复0，不清楚回复“跳过”。",
        RetryHint = "请回复一个数字，比如 2000。",
        AllowSkip = true,
    };

    public static readonly PromptOptions Labour = new() { Text = "家里还有能干活挣钱的人吗？" };

    public const string Extras = "方便的话，请发一下位置（点＋号→位置）或现场照片，发完回复“好了”；不发请回复“跳过”。";
}
