namespace Alerts.Bot.Language;

/// <summary>
/// A sum (or count) as people say it: exact ("一万二" = 12000..12000) or a range ("十几万" = 110000..190000,
/// "两三千" = 2000..3000). How a range is used downstream is decided once, in Bot/Guidance/README.md: risk flags
/// read the maximum (help first), grading reads the minimum, summaries show both.
/// </summary>
internal readonly record struct YuanRange(long Min, long Max)
{
    public bool IsExact => Min == Max;

    public static YuanRange Exactly(long value) => new(value, value);

    /// <summary>"约12000元" or "110000到190000元", as the summary and the grid worker's notice read it.</summary>
    public string Describe() => IsExact ? $"约{Min}元" : $"{Min}到{Max}元";
}
