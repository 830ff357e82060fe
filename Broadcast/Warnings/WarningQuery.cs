using System.Globalization;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// Filters of the warning list (console and GET /api/warnings), all optional: a status or "in_force", a hazard family,
/// a level, a place (warnings whose areas overlap it) and Beijing dates of creation, both ends included.
/// </summary>
public sealed record WarningQuery
{
    /// <summary>The state that is no stored status: published and not yet expired (as the dashboard counts it).</summary>
    public const string InForce = "in_force";

    public string? State { get; init; }
    public HazardFamily? Hazard { get; init; }
    public WarningLevel? Level { get; init; }
    /// <summary>A division-code prefix.</summary>
    public string? Area { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>The first instant of <see cref="From"/> in Beijing, or null.</summary>
    public DateTimeOffset? FromUtc => From is { } d ? StartOf(d) : null;

    /// <summary>The first instant after <see cref="To"/> in Beijing, or null.</summary>
    public DateTimeOffset? BeforeUtc => To is { } d ? StartOf(d.AddDays(1)) : null;

    /// <summary>Reads the filters as people and scripts write them; a value that is none is refused, field by field.</summary>
    public static Outcome<WarningQuery> Parse(string? state, string? hazard, string? level, string? area, string? from, string? to)
    {
        var errors = new FieldErrors();
        var query = new WarningQuery
        {
            State = Blank(state) ? null : ParseState(state!.Trim(), errors),
            Hazard = Blank(hazard) ? null : ParseHazard(hazard!.Trim(), errors),
            Level = Blank(level) ? null : ParseLevel(level!, errors),
            Area = Blank(area) ? null : ParseArea(area!.Trim(), errors),
            From = Blank(from) ? null : ParseDate("from", from!.Trim(), errors),
            To = Blank(to) ? null : ParseDate("to", to!.Trim(), errors),
        };
        if (query.From > query.To) errors.Add("to", "结束日期早于开始日期", "'to' is before 'from'");
        return errors.Any ? errors.ToRefusal() with { Chinese = "筛选条件有误", English = "The filters are invalid" } : query;
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string? ParseState(string text, FieldErrors errors)
    {
        if (text == InForce || WarningStatuses.All.Contains(text)) return text;
        errors.Add("state", $"状态 {text} 不存在", $"state must be one of {InForce}, {string.Join(", ", WarningStatuses.All)}");
        return null;
    }

    private static HazardFamily? ParseHazard(string text, FieldErrors errors)
    {
        // Enum.TryParse also takes numbers ("7"); only the names count.
        foreach (var family in Enum.GetValues<HazardFamily>())
            if (string.Equals(family.ToString(), text, StringComparison.OrdinalIgnoreCase)) return family;
        errors.Add("hazard", $"灾种 {text} 不存在", "hazard must be one of weather, geological, flood, other");
        return null;
    }

    private static WarningLevel? ParseLevel(string text, FieldErrors errors)
    {
        if (WarningLevels.TryParse(text, out var level)) return level;
        errors.Add("level", $"级别 {text.Trim()} 不存在", "level must be one of red, orange, yellow, blue");
        return null;
    }

    private static string? ParseArea(string text, FieldErrors errors)
    {
        if (DivisionCode.ToPrefix(text) is { } prefix) return prefix;
        errors.Add("area", "区域须为区划代码（如 500112101）", "area must be a division code or prefix (e.g. 500112101)");
        return null;
    }

    private static DateOnly? ParseDate(string field, string text, FieldErrors errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1900 and <= 9000) return date; // the ends of the calendar have no Beijing midnight in UTC
        errors.Add(field, "日期格式须为 年-月-日（如 2026-06-01）", $"{field} must be a date, yyyy-MM-dd");
        return null;
    }

    private static DateTimeOffset StartOf(DateOnly date) =>
        new(date.ToDateTime(TimeOnly.MinValue), BeijingTime.Offset);
}
