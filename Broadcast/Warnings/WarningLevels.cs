namespace Alerts.Broadcast.Warnings;

public static class WarningLevels
{
    /// <summary>Reads a level as officials and feeds write it: red, 红色, 红, I, Ⅰ, 1 … (Roman numerals are matched
    /// lower-cased, as ToLowerInvariant turns Ⅰ into ⅰ).</summary>
    public static bool TryParse(string? text, out WarningLevel level)
    {
        level = default;
        var t = text?.Trim().ToLowerInvariant();
        WarningLevel? parsed = t switch
        {
            "red" or "红" or "红色" or "i" or "ⅰ" or "1" => WarningLevel.Red,
            "orange" or "橙" or "橙色" or "ii" or "ⅱ" or "2" => WarningLevel.Orange,
            "yellow" or "黄" or "黄色" or "iii" or "ⅲ" or "3" => WarningLevel.Yellow,
            "blue" or "蓝" or "蓝色" or "iv" or "ⅳ" or "4" => WarningLevel.Blue,
            _ => null,
        };
        if (parsed is null) return false;
        level = parsed.Value;
        return true;
    }

    /// <summary>The colour as villagers read it: 红色, 橙色, 黄色, 蓝色.</summary>
    public static string ChineseName(this WarningLevel level) => level switch
    {
        WarningLevel.Red => "红色",
        WarningLevel.Orange => "橙色",
        WarningLevel.Yellow => "黄色",
        WarningLevel.Blue => "蓝色",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The lower-case English key used in configuration and the API: red, orange, yellow, blue.</summary>
    public static string Key(this WarningLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>True when <paramref name="level"/> is at least as severe as <paramref name="threshold"/>.</summary>
    public static bool AtLeast(this WarningLevel level, WarningLevel threshold) => level <= threshold;
}
