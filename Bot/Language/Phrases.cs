namespace Alerts.Bot.Language;

/// <summary>Finds table phrases in text: longest first at each position, never overlapping.</summary>
internal static class Phrases
{
    public static List<PhraseMatch<T>> Find<T>(string text, IReadOnlyList<(string Word, T Value)> table, int negationGap = 0)
    {
        var ordered = table.OrderByDescending(p => p.Word.Length).ToArray();
        var found = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < text.Length)
        {
            var hit = Array.FindIndex(ordered, p => text.AsSpan(i).StartsWith(p.Word));
            if (hit < 0)
            {
                i++;
                continue;
            }

            var (word, value) = ordered[hit];
            found.Add(new PhraseMatch<T>(word, value, i, Negation.Before(text, i, negationGap)));
            i += word.Length;
        }

        return found;
    }

    public static bool Any(string text, IEnumerable<string> words) => words.Any(text.Contains);

    /// <summary>Replaces each word with blanks of the same length, keeping every other index where it was.</summary>
    public static string Mask(string text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            text = text.Replace(word, new string('□', word.Length));
        }

        return text;
    }
}
