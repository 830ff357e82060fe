namespace Alerts.Bot.Language;

/// <summary>
/// When it happened, in days before today, as villagers say it: 昨晚上 and 昨天半夜 are yesterday, 今早 and 刚才
/// today, 大前天 and 前几天 "earlier" (the When question's 更早, counted as 4 days; the visit finds the date).
/// </summary>
internal static class DayWords
{
    public const int Earlier = 4;

    private static readonly (string, int)[] Words =
    [
        ("今天", 0), ("今早", 0), ("今晚", 0), ("今日", 0), ("今儿", 0), ("今个", 0), ("今凌晨", 0), ("刚才", 0), ("刚刚", 0),
        ("才将", 0), ("今天早上", 0), ("今天凌晨", 0),
        ("昨天", 1), ("昨晚", 1), ("昨晚上", 1), ("昨日", 1), ("昨儿", 1), ("昨夜", 1), ("昨个", 1), ("昨天晚上", 1),
        ("前天", 2), ("前天晚上", 2),
        ("大前天", Earlier), ("前几天", Earlier), ("前些天", Earlier), ("前两天", Earlier), ("上个星期", Earlier),
        ("上星期", Earlier), ("上周", Earlier), ("上个礼拜", Earlier), ("上礼拜", Earlier), ("好几天", Earlier),
        ("几天前", Earlier), ("上个月", Earlier), ("半个月", Earlier), ("更早", Earlier),
    ];

    /// <summary>The first day named in already normalized text; null when none is.</summary>
    public static int? DaysAgo(string normalized)
    {
        var found = Phrases.Find(normalized, Words);
        return found.Count == 0 ? null : found[0].Value;
    }
}
