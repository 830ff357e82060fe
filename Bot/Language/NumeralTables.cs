namespace Alerts.Bot.Language;

/// <summary>The characters that spell numbers: everyday, financial (大写, as on receipts), colloquial and circled.</summary>
internal static class NumeralTables
{
    // 两/俩/仨 are how people say 2 and 3 before a measure word; 幺 is how 1 is read out in phone numbers.
    public static readonly IReadOnlyDictionary<char, int> Digits = new Dictionary<char, int>
    {
        ['零'] = 0, ['〇'] = 0,
        ['一'] = 1, ['壹'] = 1, ['幺'] = 1,
        ['二'] = 2, ['两'] = 2, ['兩'] = 2, ['贰'] = 2, ['貳'] = 2, ['俩'] = 2,
        ['三'] = 3, ['叁'] = 3, ['仨'] = 3,
        ['四'] = 4, ['肆'] = 4,
        ['五'] = 5, ['伍'] = 5,
        ['六'] = 6, ['陆'] = 6,
        ['七'] = 7, ['柒'] = 7,
        ['八'] = 8, ['捌'] = 8,
        ['九'] = 9, ['玖'] = 9,
    };

    public static readonly IReadOnlyDictionary<char, int> SmallUnits = new Dictionary<char, int>
    {
        ['十'] = 10, ['拾'] = 10,
        ['百'] = 100, ['佰'] = 100,
        ['千'] = 1000, ['仟'] = 1000,
    };

    public static readonly IReadOnlyDictionary<char, long> BigUnits = new Dictionary<char, long>
    {
        ['万'] = 10_000, ['萬'] = 10_000,
        ['亿'] = 100_000_000, ['億'] = 100_000_000,
    };

    public static readonly IReadOnlyDictionary<char, int> Circled = BuildCircled();

    public static bool IsNumeral(char c) =>
        char.IsAsciiDigit(c) || Digits.ContainsKey(c) || SmallUnits.ContainsKey(c) || BigUnits.ContainsKey(c);

    private static Dictionary<char, int> BuildCircled()
    {
        var map = new Dictionary<char, int>();
        for (var n = 1; n <= 20; n++)
        {
            map[(char)('①' + n - 1)] = n; // ① U+2460 … ⑳ U+2473
            if (n <= 10)
            {
                map[(char)('❶' + n - 1)] = n; // ❶ U+2776 … ❿, the negative circled digits some keyboards offer
            }
        }

        return map;
    }
}
