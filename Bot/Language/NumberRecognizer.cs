namespace Alerts.Bot.Language;

/// <summary>
/// Finds numbers in free text the way villagers and voice recognition write them: "两千块左右" → 2000,
/// "大概一万五吧" → 15000, "受伤两人" → 2, "三四千" → 3000 (ranges give their lower end), "没有" → 0.
/// </summary>
internal static class NumberRecognizer
{
    /// <summary>The first number in the text, or 0 when the answer is a plain "none"; null when nothing was said.</summary>
    public static long? Recognize(string? text)
    {
        var s = TextNormalizer.Normalize(text);
        var all = FindAll(s);
        var notOne = NumberWords.NotOne().Match(s);
        if (notOne.Success && (all.Count == 0 || notOne.Index <= all[0].Start))
        {
            return 0;
        }

        if (all.Count > 0)
        {
            return all[0].Value;
        }

        return IsNoneAnswer(s) ? 0 : null;
    }

    /// <summary>
    /// The option picked from a numbered menu of <paramref name="optionCount"/> options: "1", "１", "一", "①",
    /// "第一个", "选1", "1号" → 1. The whole message must be the choice; null when it is not or is out of range.
    /// </summary>
    public static int? RecognizeChoice(string? text, int optionCount)
    {
        var s = TextNormalizer.Normalize(text).Replace(" ", "");
        foreach (var prefix in ChoicePrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length > prefix.Length)
            {
                s = s[prefix.Length..];
                break;
            }
        }

        if (s.StartsWith('第'))
        {
            s = s[1..];
        }

        s = s.TrimEnd(ChoiceSuffixes);
        return ChineseNumber.TryParse(s, out var n) && n >= 1 && n <= optionCount ? (int)n : null;
    }

    /// <summary>Every number in already normalized text, left to right.</summary>
    public static IReadOnlyList<NumberMatch> FindAll(string normalized)
    {
        var found = new List<NumberMatch>();
        var i = 0;
        while (i < normalized.Length)
        {
            if (NumeralTables.Circled.TryGetValue(normalized[i], out var circled))
            {
                found.Add(new NumberMatch(circled, i, 1));
                i++;
                continue;
            }

            if (!NumeralTables.IsNumeral(normalized[i]))
            {
                i++;
                continue;
            }

            var length = RunLength(normalized, i);
            var skip = NotANumber(normalized, i, length);
            if (skip > 0)
            {
                i += skip;
                continue;
            }

            if (TryParseRun(normalized.Substring(i, length), out var value, out var used))
            {
                found.Add(new NumberMatch(value, i, used));
            }

            i += length;
        }

        AddUnitsAlone(normalized, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static readonly string[] ChoicePrefixes = ["我选择", "我选", "选择", "选项", "选", "我要", "要", "就"];
    private static readonly char[] ChoiceSuffixes = ['个', '项', '号', '条', '种', '.', '、', ')'];

    private static bool IsNoneAnswer(string s) =>
        NumberWords.NoneAnswers.Any(w => s.StartsWith(w, StringComparison.Ordinal) || s.Contains("都" + w)) &&
        !NumberWords.NotNone.Any(s.Contains);

    /// <summary>Numerals, plus the point, comma and 点 that sit between digits.</summary>
    private static int RunLength(string s, int start)
    {
        var end = start;
        while (end < s.Length)
        {
            var c = s[end];
            var between = c is '.' or ',' or '点' && end > start && end + 1 < s.Length &&
                          NumeralTables.IsNumeral(s[end - 1]) &&
                          (NumeralTables.Digits.ContainsKey(s[end + 1]) || char.IsAsciiDigit(s[end + 1]));
            if (!NumeralTables.IsNumeral(c) && !between)
            {
                break;
            }

            end++;
        }

        return end - start;
    }

    /// <summary>How many characters to skip when the numeral at <paramref name="start"/> is part of a word.</summary>
    private static int NotANumber(string s, int start, int runLength)
    {
        if (runLength == 1 && NumberWords.NotNumbersAfter.Any(w => s.AsSpan(0, start).EndsWith(w)))
        {
            return 1;
        }

        foreach (var word in NumberWords.NotNumbers)
        {
            var numeralPart = word.TakeWhile(NumeralTables.IsNumeral).Count();
            if (runLength <= numeralPart || runLength == word.Length)
            {
                if (s.AsSpan(start).StartsWith(word))
                {
                    return word.Length;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// The run as a number, or failing that the lower end of a range ("三四千" → 三千, "十七八" → 十七), or failing
    /// that its longest leading part that is a number.
    /// </summary>
    private static bool TryParseRun(string run, out long value, out int used)
    {
        used = run.Length;
        if (ChineseNumber.TryParse(run, out value))
        {
            return true;
        }

        for (var k = 0; k + 1 < run.Length; k++)
        {
            if (NumeralTables.Digits.TryGetValue(run[k], out var a) && NumeralTables.Digits.TryGetValue(run[k + 1], out var b) &&
                a > 0 && b - a is 1 or 2 && ChineseNumber.TryParse(run.Remove(k + 1, 1), out value))
            {
                return true;
            }
        }

        for (used = run.Length - 1; used > 0; used--)
        {
            if (ChineseNumber.TryParse(run[..used], out value))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddUnitsAlone(string s, List<NumberMatch> found)
    {
        foreach (System.Text.RegularExpressions.Match m in NumberWords.UnitAlone().Matches(s))
        {
            var unit = m.Groups[1].Value[0];
            long value = NumeralTables.SmallUnits.TryGetValue(unit, out var small) ? small : NumeralTables.BigUnits[unit];
            found.Add(new NumberMatch(value, m.Index, m.Length));
        }
    }
}
