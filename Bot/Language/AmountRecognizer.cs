using System.Text.RegularExpressions;

namespace Alerts.Bot.Language;

/// <summary>
/// Sums of money as villagers say them, kept as a minimum and a maximum so nothing is rounded into a fact:
/// "一万二" 12000, "1.2万" 12000, "两三千" 2000..3000, "十几万" 110000..190000, "几千" 2000..9000, "一万多"
/// 10000..20000, "万把块" 10000, "好几万" 20000..90000. 大概/差不多/起码/左右 do not change the value.
/// </summary>
internal static partial class AmountRecognizer
{
    // Measure words after a number that make it a count of something else: "两头猪", "三天", "七十几岁".
    private const string NotMoney = "头只个人匹条亩斤间户家次天年月号岁口窝群箱棵块点";
    private static readonly string[] Medical = ["医院", "看病", "住院", "医药费", "药费", "卫生院", "诊所", "医疗", "治病", "手术"];

    [GeneratedRegex("(?<run>[0-9.零〇一二两三四五六七八九十百千万几]+)(?<tail>多|来|把|余)?(?<unit>块钱|块|元|万元|钱)?")]
    private static partial Regex Candidate();

    /// <summary>The first sum in an answer to a money question; 0..0 for "没有/莫得/0"; null when none was said.</summary>
    public static YuanRange? Answer(string normalized)
    {
        foreach (var (range, _, _) in FindAll(normalized, moneyOnly: false)) return range;
        return NumberRecognizer.Recognize(normalized) is 0 ? YuanRange.Exactly(0) : null;
    }

    /// <summary>The loss and the medical spending named in a free message ("损失两万多", "住院花了一万多").</summary>
    public static (YuanRange? Loss, YuanRange? Medical) InMessage(string normalized)
    {
        YuanRange? loss = null, medical = null;
        foreach (var (range, start, _) in FindAll(normalized, moneyOnly: true))
        {
            var before = normalized[Math.Max(0, start - 12)..start];
            if (Medical.Any(before.Contains)) medical ??= range;
            else loss ??= range;
        }
        return (loss, medical);
    }

    public static IEnumerable<(YuanRange Range, int Start, int End)> FindAll(string normalized, bool moneyOnly)
    {
        foreach (Match m in Candidate().Matches(normalized))
        {
            var run = m.Groups["run"].Value.TrimEnd('.', '点');
            var end = m.Index + m.Length;
            var next = end < normalized.Length ? normalized[end] : ' ';
            if (run.Length == 0 || m.Index > 0 && normalized[m.Index - 1] == '第') continue;
            if (!m.Groups["unit"].Success && NotMoney.Contains(next)) continue;
            if (NumberWords.NotNumbers.Any(w => normalized.AsSpan(m.Index).StartsWith(w) && w.Length >= run.Length)) continue;
            if (TryParse(run, m.Groups["tail"].Value, out var range) &&
                (!moneyOnly || run.IndexOfAny(['百', '千', '万']) >= 0 || range.Min >= 100 ||
                 (m.Groups["unit"].Success && (range.Min >= 10 || m.Groups["unit"].Value != "块"))))
            {
                yield return (range, m.Index, end);
            }
        }
    }

    /// <summary>A count said with a measure word: exact ("三头") or not ("十几只", "七八只", "好几只").</summary>
    public static bool TryParse(string run, string tail, out YuanRange range)
    {
        range = default;
        if (run is "万" or "千" or "百" && tail == "把") run = "一" + run;
        string low = run, high = run;
        if (run.Contains('几'))
        {
            var i = run.IndexOf('几');
            low = run.Remove(i, 1).Insert(i, i > 0 && run[i - 1] == '十' ? "一" : "二");
            high = run.Remove(i, 1).Insert(i, "九");
        }
        else if (AdjacentDigits(run) is { } k)
        {
            (low, high) = (run.Remove(k + 1, 1), run.Remove(k, 1));
        }

        if (!ChineseNumber.TryParse(low, out var min) || !ChineseNumber.TryParse(high, out var max)) return false;
        if (tail is "多" or "余" && low == high) max = min + Step(run, min);
        range = new YuanRange(min, max);
        return true;
    }

    // "两三千", "五六千", "一两万", "一万五六": two Chinese digits a step or two apart say a range.
    private static int? AdjacentDigits(string run)
    {
        for (var k = 0; k + 1 < run.Length; k++)
        {
            if (NumeralTables.Digits.TryGetValue(run[k], out var a) && NumeralTables.Digits.TryGetValue(run[k + 1], out var b) &&
                a > 0 && b - a is 1 or 2) return k;
        }
        return null;
    }

    // "一万多" is up to the next 万, "三千多" up to the next 千, "5000多" up to 6000.
    private static long Step(string run, long min)
    {
        var last = run[^1];
        if (NumeralTables.SmallUnits.TryGetValue(last, out var small)) return small;
        if (NumeralTables.BigUnits.TryGetValue(last, out var big)) return big;
        long step = 1;
        while (step * 10 <= min) step *= 10;
        return step;
    }
}
