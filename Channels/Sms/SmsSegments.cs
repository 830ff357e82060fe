namespace Alerts.Channels.Sms;

/// <summary>
/// Counts SMS segments the way Twilio bills them (twilio.md §8): GSM-7 160 single / 153 per part, UCS-2 70 / 67.
/// One non-GSM character (any Chinese, including punctuation like ，。！) makes the whole body UCS-2. Extension
/// characters (2 septets) and surrogate pairs (2 units) are never split, so a part may hold one unit less.
/// </summary>
internal static class SmsSegments
{
    private const int GsmSingle = 160;
    private const int GsmPart = 153;
    private const int Ucs2Single = 70;
    private const int Ucs2Part = 67;

    /// <summary>The segments a message costs as the outbound log records it: counted on SMS, null on other channels.</summary>
    public static int? Billed(Messages.ChannelKind channel, string body) =>
        channel == Messages.ChannelKind.Sms ? Count(body).Segments : null;

    public static SmsSegmentCount Count(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var isGsm = body.All(c => Gsm7Alphabet.Septets(c) > 0);
        return isGsm ? CountGsm(body) : CountUcs2(body);
    }

    private static SmsSegmentCount CountGsm(string body)
    {
        var costs = body.Select(Gsm7Alphabet.Septets).ToArray();
        var units = costs.Sum();
        return new SmsSegmentCount(SmsEncoding.Gsm7, units, Parts(costs, units, GsmSingle, GsmPart));
    }

    private static SmsSegmentCount CountUcs2(string body)
    {
        // One cost per indivisible piece: a BMP char is 1 unit, a surrogate pair 2 (a lone surrogate still 1).
        var costs = new List<int>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var pair = char.IsHighSurrogate(body[i]) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]);
            costs.Add(pair ? 2 : 1);
            i += pair ? 1 : 0;
        }

        return new SmsSegmentCount(SmsEncoding.Ucs2, body.Length, Parts(costs, body.Length, Ucs2Single, Ucs2Part));
    }

    private static int Parts(IReadOnlyList<int> costs, int units, int single, int perPart)
    {
        if (units == 0)
        {
            return 0;
        }

        if (units <= single)
        {
            return 1;
        }

        var parts = 1;
        var used = 0;
        foreach (var cost in costs)
        {
            if (used + cost > perPart)
            {
                parts++;
                used = 0;
            }

            used += cost;
        }

        return parts;
    }
}
