namespace Alerts.Bot.Language;

/// <summary>A number found in text: its value and where it was written (in the normalized text).</summary>
internal readonly record struct NumberMatch(long Value, int Start, int Length)
{
    public int End => Start + Length;
}
