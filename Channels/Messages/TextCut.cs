namespace Alerts.Channels.Messages;

/// <summary>The one way a text is shortened to fit a field: to at most max characters, the last being …, never splitting
/// a surrogate pair (a warning's SMS body, a WeChat template line, a Tencent template variable).</summary>
internal static class TextCut
{
    public const string Ellipsis = "…";

    public static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var keep = max - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1])) keep--;
        return string.Concat(text.AsSpan(0, Math.Max(0, keep)), Ellipsis);
    }

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="max"/> without splitting a pair.</summary>
    public static int Fit(string text, int start, int max)
    {
        var end = Math.Min(text.Length, start + max);
        if (end < text.Length && end > start && char.IsHighSurrogate(text[end - 1])) end--;
        return end - start;
    }
}
