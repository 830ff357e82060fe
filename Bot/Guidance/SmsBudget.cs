namespace Alerts.Bot.Guidance;

/// <summary>
/// How much text fits in two SMS segments. Guidance is Chinese, so every message is UCS-2: 70 UTF-16 units in a
/// single segment, 67 per part once concatenated (3GPP TS 23.040; the 6-byte UDH takes 3 units). Characters outside
/// the BMP are surrogate pairs and cost 2 units. Kept here rather than shared with Channels so guidance stays pure.
/// </summary>
internal static class SmsBudget
{
    /// <summary>Two concatenated UCS-2 parts: 2 × 67.</summary>
    public const int TwoSegmentUnits = 134;

    /// <summary>A single UCS-2 segment.</summary>
    public const int OneSegmentUnits = SingleUnits;

    private const int SingleUnits = 70;
    private const int PartUnits = 67;

    /// <summary>UTF-16 code units, which is what UCS-2 SMS bills.</summary>
    public static int Units(string text) => text.Length;

    /// <summary>True when <paramref name="text"/> goes out in at most two segments.</summary>
    public static bool FitsTwoSegments(string text) => Fits(text, 2);

    /// <summary>
    /// True when <paramref name="text"/> goes out in at most <paramref name="segments"/> segments. Exact rather than
    /// "≤ 67 × n units": a surrogate pair is never split across parts, so one straddling a part's end pushes it back by one.
    /// </summary>
    public static bool Fits(string text, int segments)
    {
        if (text.Length <= SingleUnits)
        {
            return true;
        }

        var start = 0;
        for (var part = 0; part < segments; part++)
        {
            var end = Math.Min(start + PartUnits, text.Length);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
            {
                end--;
            }

            if (end == text.Length)
            {
                return true;
            }

            start = end;
        }

        return false;
    }
}
