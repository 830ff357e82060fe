namespace Alerts.Bot.Language;

/// <summary>
/// Reads a yes or a no from the start of an answer. "不是" is no, "是不是" is a question, "没问题" is yes, "不对" is
/// no; a one-character answer must stand alone, so "对面山上垮了" and "好多房子" are not answers at all.
/// </summary>
internal static class YesNoRecognizer
{
    // The characters people repeat for emphasis: "对对对", "嗯嗯", "好好好", "不不不".
    private const string Repeated = "对嗯恩好是行要不";

    /// <param name="text">The answer as received.</param>
    /// <param name="numbered">True when the prompt offered "1 是 / 2 否", so that 1 and 2 answer it.</param>
    public static YesNo Recognize(string? text, bool numbered = false)
    {
        var s = TextNormalizer.Normalize(text).Replace(" ", "");
        if (numbered && NumberRecognizer.RecognizeChoice(s, 2) is { } choice)
        {
            return choice == 1 ? YesNo.Yes : YesNo.No;
        }

        if (s.Length == 0 || s.EndsWith('吗') || s.EndsWith('么') || YesNoWords.Doubt.Any(s.Contains))
        {
            return YesNo.Unknown;
        }

        var answer = StripPreamble(CollapseRepeats(s));
        var meaning = Classify(answer);
        return meaning == YesNo.Yes && DeclinedAfterPoliteOpening(answer) ? YesNo.No : meaning;
    }

    private static bool DeclinedAfterPoliteOpening(string s)
    {
        var clauses = s.Split([',', '.', '!', '?', ';', '、'], StringSplitOptions.RemoveEmptyEntries);
        return clauses.Length > 1 && YesNoWords.Soft.Contains(clauses[0]) &&
               clauses.Skip(1).Any(c => Classify(StripPreamble(c)) == YesNo.No);
    }

    private static YesNo Classify(string s)
    {
        var (word, meaning) = YesNoWords.ByLengthDescending.FirstOrDefault(w => s.StartsWith(w.Word, StringComparison.Ordinal));
        if (word is null || meaning == YesNo.Unknown)
        {
            return YesNo.Unknown;
        }

        var rest = s[word.Length..].TrimStart(YesNoWords.Particles.ToCharArray());
        if (rest.Length == 0 || IsSeparator(rest[0]))
        {
            return meaning;
        }

        if (IsLatin(word[^1]) && IsLatin(rest[0]))
        {
            return YesNo.Unknown; // "yesterday", "nothing"
        }

        // A longer word opens a sentence ("不用了谢谢", "好的我知道了"); a single character must be followed by
        // more of the same answer ("对就是这样"), or it is the start of another word ("对面", "好多").
        return word.Length > 1 || Classify(rest) == meaning ? meaning : YesNo.Unknown;
    }

    private static string StripPreamble(string s)
    {
        foreach (var list in new[] { YesNoWords.Preambles, YesNoWords.Subjects })
        {
            var preamble = list.FirstOrDefault(p => s.StartsWith(p, StringComparison.Ordinal) && s.Length > p.Length);
            if (preamble is not null)
            {
                s = s[preamble.Length..].TrimStart(',', '.', '!', '、', '，', '。');
            }
        }

        return s;
    }

    private static string CollapseRepeats(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length == 0 || c != sb[^1] || !Repeated.Contains(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsSeparator(char c) => char.IsPunctuation(c) || char.IsWhiteSpace(c) || char.IsSymbol(c);

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z';
}
