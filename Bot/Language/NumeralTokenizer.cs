using System.Globalization;

namespace Alerts.Bot.Language;

/// <summary>Splits a number string into digits and units; fails on any other character.</summary>
internal static class NumeralTokenizer
{
    public static bool TryTokenize(string s, out List<NumeralToken> tokens)
    {
        tokens = [];
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                if (!TryReadArabic(s, ref i, out var arabic))
                {
                    return false;
                }

                tokens.Add(new NumeralToken(NumeralTokenKind.Number, arabic, Arabic: true));
                continue;
            }

            if (NumeralTables.Digits.TryGetValue(c, out var digit))
            {
                i++;
                tokens.Add(new NumeralToken(NumeralTokenKind.Number, digit + ReadChineseFraction(s, ref i)));
            }
            else if (NumeralTables.SmallUnits.TryGetValue(c, out var small))
            {
                i++;
                tokens.Add(new NumeralToken(NumeralTokenKind.SmallUnit, small));
            }
            else if (NumeralTables.BigUnits.TryGetValue(c, out var big))
            {
                i++;
                tokens.Add(new NumeralToken(NumeralTokenKind.BigUnit, big));
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"一点五万": 点 followed by digits is a decimal point.</summary>
    private static decimal ReadChineseFraction(string s, ref int i)
    {
        if (i + 1 >= s.Length || s[i] != '点' || !NumeralTables.Digits.TryGetValue(s[i + 1], out _))
        {
            return 0;
        }

        i++;
        decimal fraction = 0, scale = 0.1m;
        while (i < s.Length && NumeralTables.Digits.TryGetValue(s[i], out var d))
        {
            fraction += d * scale;
            scale /= 10;
            i++;
        }

        return fraction;
    }

    /// <summary>An Arabic run with at most one decimal point ("1.5") and thousands commas ("12,000").</summary>
    private static bool TryReadArabic(string s, ref int i, out decimal number)
    {
        var digits = new System.Text.StringBuilder();
        var seenPoint = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == ',' && IsThousandsGroup(s, i + 1))
            {
                // a separator, not a digit
            }
            else if (c is '.' or '点' && !seenPoint && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                digits.Append('.');
                seenPoint = true;
            }
            else
            {
                break;
            }

            i++;
        }

        number = 0;
        return digits.Length <= 20 && decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out number);
    }

    private static bool IsThousandsGroup(string s, int at) =>
        at + 3 <= s.Length && char.IsAsciiDigit(s[at]) && char.IsAsciiDigit(s[at + 1]) &&
        char.IsAsciiDigit(s[at + 2]) && (at + 3 == s.Length || !char.IsAsciiDigit(s[at + 3]));
}
