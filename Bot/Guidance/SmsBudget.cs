using Alerts.Channels.Sms;

namespace Alerts.Bot.Guidance;

/// <summary>
/// How much guidance fits in a given number of SMS segments, counted by the one segment rule the channels bill by
/// (<see cref="SmsSegments"/>: UCS-2 for any Chinese, 70 units in one segment, 67 per part once concatenated, a
/// surrogate pair never split across parts).
/// </summary>
internal static class SmsBudget
{
    /// <summary>UTF-16 code units, which is what UCS-2 SMS bills.</summary>
    public static int Units(string text) => text.Length;

    /// <summary>True when <paramref name="text"/> goes out in at most two segments.</summary>
    public static bool FitsTwoSegments(string text) => Fits(text, 2);

    /// <summary>True when <paramref name="text"/> goes out in at most <paramref name="segments"/> segments.</summary>
    public static bool Fits(string text, int segments) => SmsSegments.Count(text).Segments <= segments;
}
