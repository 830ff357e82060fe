namespace Alerts.Store.Regions;

/// <summary>
/// 12-digit statistical division codes (统计用区划代码). A place contains exactly the codes that start with its
/// significant prefix: province 2 digits, city 4, county 6, town 9, village 12.
/// </summary>
public static class DivisionCode
{
    private static readonly int[] PrefixLengths = [2, 4, 6, 9, 12];

    public static bool IsWellFormed(string? code) =>
        code is { Length: 12 } && code.All(char.IsAsciiDigit) && code[..2] != "00";

    /// <summary>1 province, 2 city, 3 county, 4 town, 5 village.</summary>
    public static int Level(string code)
    {
        if (code[2..] == "0000000000") return 1;
        if (code[4..] == "00000000") return 2;
        if (code[6..] == "000000") return 3;
        if (code[9..] == "000") return 4;
        return 5;
    }

    /// <summary>The digits that every place inside this one starts with.</summary>
    public static string Prefix(string code) => code[..PrefixLengths[Level(code) - 1]];

    /// <summary>
    /// Accepts a full 12-digit code or a bare prefix (2, 4, 6, 9 or 12 digits) and returns the prefix, or null when
    /// the text is neither.
    /// </summary>
    public static string? ToPrefix(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.All(char.IsAsciiDigit)) return null;
        if (text.Length == 12) return IsWellFormed(text) ? Prefix(text) : null;
        return Array.IndexOf(PrefixLengths, text.Length) >= 0 && text[..2] != "00" ? text : null;
    }

    /// <summary>
    /// True when the place <paramref name="outer"/> (a 12-digit code or a prefix) contains <paramref name="code"/>
    /// (or is it): the one test of jurisdiction (属地管理).
    /// </summary>
    public static bool Contains(string outer, string code) =>
        ToPrefix(outer) is { } prefix && code.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>True when one of two places (codes or prefixes) contains the other: a warning touches a jurisdiction,
    /// a member of staff works in or above a place.</summary>
    public static bool Overlaps(string a, string b) => Contains(a, b) || Contains(b, a);

    /// <summary>
    /// Bounds for <c>code &gt;= From AND code &lt; To</c>: a range scan on an index over 12-digit codes. The upper
    /// bound bumps the last character, which for '9' gives ':', still the next thing after every digit.
    /// </summary>
    public static (string From, string To) Range(string prefix) =>
        (prefix, string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString()));

    /// <summary>The 12-digit code of the place at <paramref name="level"/> (1 province … 5 village) containing this one.</summary>
    public static string AtLevel(string code, int level) =>
        level is < 1 or > 5 ? throw new ArgumentOutOfRangeException(nameof(level), level, null)
        : code[..PrefixLengths[level - 1]].PadRight(12, '0');

    /// <summary>The code of the place one level up, or null for a province.</summary>
    public static string? Parent(string code) => Level(code) switch
    {
        1 => null,
        2 => code[..2] + "0000000000",
        3 => code[..4] + "00000000",
        4 => code[..6] + "000000",
        _ => code[..9] + "000",
    };
}
