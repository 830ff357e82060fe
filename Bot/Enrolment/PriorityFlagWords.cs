using Alerts.Bot.Language;

namespace Alerts.Bot.Enrolment;

/// <summary>
/// The priority groups as people say them rather than by number: "一个人住", "七十了", "腿脚不方便". Null when the
/// words say none of them (so a numbered answer, or nothing, decides).
/// </summary>
internal static class PriorityFlagWords
{
    private const int ElderlyAge = 60;

    private static readonly string[] Alone = ["一个人住", "独居", "一个人过", "就我一个", "只有我一个", "就我一人", "一个人在家", "屋头就我"];
    private static readonly string[] Disabled =
        ["腿脚不方便", "腿脚不好", "腿不好", "行动不便", "走不动", "走不了路", "残疾", "瘫", "看不见", "听不见", "轮椅", "拄拐", "眼睛不好"];
    private static readonly string[] Elderly = ["年纪大", "上了年纪", "老了", "老年人", "岁数大"];

    // What may follow an age: "七十了", "70岁", "七十多", "快八十了" (the 快 comes before).
    private const string AgeTail = "岁了多";

    public static PriorityFlags? Find(string? text)
    {
        var s = TextNormalizer.Normalize(text);
        if (s.Length == 0) return null;
        var flags = new PriorityFlags(
            IsElderly: Elderly.Any(s.Contains) || SaysAge(s),
            IsDisabled: Disabled.Any(s.Contains),
            LivesAlone: Alone.Any(s.Contains));
        return flags == new PriorityFlags(false, false, false) ? null : flags;
    }

    private static bool SaysAge(string s) => NumberRecognizer.FindAll(s).Any(m =>
        m.Value is >= ElderlyAge and <= 120 && (m.End < s.Length && AgeTail.Contains(s[m.End]) || m.Start > 0 && s[m.Start - 1] == '快'));
}
