namespace Alerts.Bot.Staff;

/// <summary>
/// How the bot tells a 群测群防 monitor's report from their own villager's report: the monitor starts with 巡查 or 监测,
/// or names a sign a slope gives (the words monitors are trained on, dialect too: 开口子, 冒浑水, 掉石头). A monitor who
/// wants to report their own household's loss uses the menu (报告), which these words never start.
/// </summary>
internal static class MonitorWords
{
    private static readonly string[] Prefixes = ["巡查", "监测"];

    private static readonly string[] Signs =
    [
        "裂缝", "裂口", "裂了", "开裂", "开口子", "裂开", "掉石头", "落石", "滚石", "掉土", "垮", "塌", "滑坡", "溜下来",
        "冒浑水", "浑水", "冒水", "渗水", "泥巴水", "鼓包", "下沉", "沉下去", "陷下去", "歪了", "变形", "响声", "异响", "泥石流",
    ];

    // Signs that the slope is going now: the reply tells the monitor to lead people away at once.
    private static readonly string[] Critical =
    [
        "垮了", "塌了", "滑下来", "冲下来", "越来越大", "越来越快", "越来越宽", "一直在掉", "大量", "轰", "房子裂", "墙裂", "快跑", "要垮", "要塌",
    ];

    /// <summary>The report's words without the 巡查/监测 prefix, or null when the text is not a monitor's report.</summary>
    public static string? ReportOf(string text)
    {
        var t = text.Trim();
        // A 险情通报 is a grid worker's command to warn the households, not a report of a point.
        if (t.StartsWith("险情通报", StringComparison.Ordinal)) return null;
        foreach (var p in Prefixes)
            if (t.StartsWith(p, StringComparison.Ordinal)) return t[p.Length..].Trim(' ', '：', ':', '，', ',');
        return Signs.Any(s => t.Contains(s, StringComparison.Ordinal)) ? t : null;
    }

    public static bool IsCritical(string text) => Critical.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>A leading point number ("2 裂缝变宽了" → 2, "裂缝变宽了"), for a monitor of several points.</summary>
    public static (int? Number, string Words) NumberOf(string report)
    {
        var t = report.TrimStart();
        if (t.Length > 0 && t[0] is >= '1' and <= '9' && (t.Length == 1 || !char.IsDigit(t[1])))
            return (t[0] - '0', t[1..].Trim(' ', '号', '：', ':', '，', ',', '、'));
        return (null, report);
    }
}
