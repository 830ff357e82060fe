using System.Globalization;

namespace Alerts.Bot.Language;

/// <summary>
/// Parses a whole string that is one number in any way people write it: "15000", "12,000", "一万五", "1万5",
/// "壹仟贰佰", "两千", "十五", "一百零五", "1.5万", "一二零", "①". Nothing else may be in the string (no "块", no
/// "多"); finding numbers inside free text is <see cref="NumberRecognizer"/>'s job. Fractions are rounded, since
/// every number we ask for is a count of people or animals or whole yuan.
/// </summary>
internal static class ChineseNumber
{
    public static bool TryParse(string? text, out long value)
    {
        value = 0;
        // Full-width digits ("１２") come straight from Chinese keyboards; nothing else is tidied here.
        var s = new string((text ?? "").Trim().Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c).ToArray());
        if (s.Length == 1 && NumeralTables.Circled.TryGetValue(s[0], out var circled))
        {
            value = circled;
            return true;
        }

        if (s.Length == 0 || !NumeralTokenizer.TryTokenize(s, out var tokens))
        {
            return false;
        }

        var result = tokens.Any(t => t.Kind is NumeralTokenKind.SmallUnit or NumeralTokenKind.BigUnit)
            ? Evaluate(tokens)
            : Spelled(tokens);
        if (result is null or < 0 or > long.MaxValue)
        {
            return false;
        }

        value = (long)Math.Round(result.Value, MidpointRounding.AwayFromZero);
        return true;
    }

    /// <summary>
    /// No units: one Arabic number, or three or more Chinese digits read one by one as in phone numbers ("一二零" =
    /// 120). Two digits ("三四") are a range, not 34.
    /// </summary>
    private static decimal? Spelled(IReadOnlyList<NumeralToken> tokens)
    {
        if (tokens.Count == 1)
        {
            return tokens[0].Value;
        }

        if (tokens.Count < 3 || tokens.Any(t => t.Arabic || t.Value != decimal.Truncate(t.Value)))
        {
            return null;
        }

        return decimal.Parse(string.Concat(tokens.Select(t => (int)t.Value)), CultureInfo.InvariantCulture);
    }

    private static decimal? Evaluate(IReadOnlyList<NumeralToken> tokens)
    {
        decimal total = 0, section = 0;
        decimal? pending = null;
        decimal lastSmall = 0, lastUnit = 0;
        var afterZero = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            switch (t.Kind)
            {
                case NumeralTokenKind.Number when pending is not null:
                    return null; // "三四千" is a range; the recognizer decides what to make of it
                case NumeralTokenKind.Number when t.Value == 0:
                    afterZero = true;
                    break;
                case NumeralTokenKind.Number:
                    pending = t.Value;
                    break;
                case NumeralTokenKind.SmallUnit:
                    // Only 十 may stand without a digit, and only first: "十五" = 15, but "千" or "百五" are not numbers.
                    if ((pending is null && !(t.Value == 10 && i == 0)) || (lastSmall != 0 && t.Value >= lastSmall))
                    {
                        return null;
                    }

                    section += (pending ?? 1) * t.Value;
                    (pending, lastSmall, lastUnit, afterZero) = (null, t.Value, t.Value, false);
                    break;
                default: // big unit
                    if (pending is null && section == 0)
                    {
                        return null;
                    }

                    var part = section + (pending ?? 0);
                    total = t.Value == 100_000_000 ? (total + part) * t.Value : total + part * t.Value;
                    (section, pending, lastSmall, lastUnit, afterZero) = (0, null, 0, t.Value, false);
                    break;
            }
        }

        var tail = pending ?? 0;
        if (pending is > 0 and < 10 && !afterZero && lastUnit >= 10)
        {
            tail *= lastUnit / 10; // "两千五" = 2500, "一万五" = 15000, "1万5" = 15000; but "一百零五" = 105
        }

        return total + section + tail;
    }
}
