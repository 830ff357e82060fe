using System.Text.RegularExpressions;

namespace Alerts.Bot.Language;

/// <summary>Words that contain numerals but are not numbers, and the ways people say "none" to a number question.</summary>
internal static partial class NumberWords
{
    // "一起" (together), "十分" (very), "一半" (half) … would otherwise read as 1 or 10.
    public static readonly string[] NotNumbers =
    [
        "一起", "一下", "一直", "一些", "一样", "一定", "一般", "一切", "一共", "一旦", "一边", "一向", "一会",
        "一阵", "一路", "一点", "一半", "一大半", "一小半", "一部分", "一家", "一身", "一眼", "一趟", "一次性",
        "一刻", "一连", "一时", "一早", "一齐", "一概", "一律", "一同", "一心", "一方面", "十分", "万分", "千万",
        "万一", "三三两两", "七七八八", "乱七八糟", "七上八下", "五花八门", "一五一十", "四面八方",
    ];

    // A numeral right after these is a date or a rank, not an amount: "星期一", "初一", "唯一", "统一".
    public static readonly string[] NotNumbersAfter = ["星期", "礼拜", "初", "唯", "统", "周"];

    // How people answer "how many / how much" with none. Checked only when no number was said.
    public static readonly string[] NoneAnswers =
    [
        "没有", "没得", "莫得", "木有", "冇", "没", "无", "啥都没", "什么都没", "都没", "不要钱", "零",
    ];

    // "没法算" (can't tell) and "不知道" are not zero.
    public static readonly string[] NotNone =
    [
        "无法", "没法", "没办法", "没算", "没数", "没统计", "没清楚", "没想好", "没问", "没注意", "没仔细",
    ];

    /// <summary>"一个都没有", "一分钱没花", "一头也没死": the 一 is part of saying none.</summary>
    [GeneratedRegex("一(?:(?:个|分钱|分|毛钱|毛|块钱|块|点|人|头|只|样|间)(?:都|也)?|都|也)(?:没|无|不)")]
    public static partial Regex NotOne();

    /// <summary>"万把块", "千把" = about ten thousand, about a thousand.</summary>
    [GeneratedRegex("(?<![0-9一二两三四五六七八九十百千万])([百千万])把")]
    public static partial Regex UnitAlone();
}
