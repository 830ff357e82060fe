namespace Alerts.Bot.Language;

/// <summary>
/// Whether a word is denied by what comes just before it in its clause: "没有滑坡", "房子没倒", "不是地震", "人没事".
/// Only a short window counts, so "没想到山洪来了" still reports the flash flood.
/// </summary>
internal static class Negation
{
    private static readonly string[] Negators =
    [
        "没有发生", "没发生", "没有出现", "没出现", "没有被", "没被", "没有", "没得", "莫得", "么得", "没的", "不是", "没", "无", "未",
        "不会", "不用", "不需要", "不",
    ];

    // Only these may sit between a negator and the word it denies: "没人受伤", "没有人员伤亡", "一个都没". Anything
    // else ends the negation, so "不小心摔伤了" is still an injury.
    private const string Skippable = "人员都也个有";

    /// <summary>True when a negator ends right before <paramref name="index"/>, or at most <paramref name="gap"/>
    /// characters before it with only people words in between.</summary>
    public static bool Before(string s, int index, int gap = 0)
    {
        for (var end = index; end >= 0 && end >= index - gap; end--)
        {
            if (end < index && !Skippable.Contains(s[end]))
            {
                return false;
            }

            var head = s.AsSpan(0, end);
            foreach (var negator in Negators)
            {
                if (head.EndsWith(negator))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
