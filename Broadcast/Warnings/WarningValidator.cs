using Alerts.Store.Regions;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// Turns a request into a draft or field errors. Pure: whether the regions exist and who may publish are checked by
/// <see cref="WarningLifecycle"/>.
/// </summary>
public static class WarningValidator
{
    private const int MaxHeadline = 200;
    private const int MaxText = 4_000;

    public static Outcome<WarningDraft> Validate(WarningRequest r, DateTimeOffset now, TimeSpan defaultValidity)
    {
        var errors = new FieldErrors();
        var hazard = Hazard(r.Hazard, errors);
        var level = Level(r.Level, errors);
        var kind = r.Kind?.Trim() ?? WarningKinds.Warning;
        if (!WarningKinds.All.Contains(kind))
            errors.Add("kind", "类型须为 warning、forecast、danger_notice 或 all_clear", "kind must be warning, forecast, danger_notice or all_clear");
        var eventName = r.Event?.Trim() ?? "";
        if (hazard == HazardFamily.Other && HazardCatalogue.FamilyNamedBy(eventName) is { } named)
            errors.Add("event", $"“{eventName}”是{named.ChineseName()}灾害事件，灾种须为 {Key(named)}",
                $"'{eventName}' is a {Key(named)} event; hazard must be {Key(named)}");
        else if (hazard is { } h && !HazardCatalogue.IsKnownEvent(h, eventName))
            errors.Add("event", $"“{eventName}”不是{h.ChineseName()}灾害事件", $"'{eventName}' is not a {Key(h)} event");
        Text("headline", r.Headline, MaxHeadline, errors);
        Text("description", r.Description, MaxText, errors);
        if (r.Instruction is { Length: > MaxText })
            errors.Add("instruction", $"不能超过{MaxText}字", $"must be at most {MaxText} characters");
        var areas = Areas(r.Areas, errors);
        var audiences = AudienceList(r.Audiences, errors);
        var (effective, expires) = Times(r, now, defaultValidity, errors);
        if (kind == WarningKinds.AllClear && r.References is null)
            errors.Add("references", "解除须指明所解除的预警", "an all-clear must reference the warning it lifts");
        if (errors.Any || hazard is null || level is null) return errors.ToRefusal();

        return new WarningDraft
        {
            Hazard = hazard.Value, Event = eventName, Level = level.Value, Kind = kind,
            Headline = r.Headline!.Trim(), Description = r.Description!.Trim(),
            Instruction = string.IsNullOrWhiteSpace(r.Instruction) ? DefenceGuides.For(eventName, level.Value, kind) : r.Instruction.Trim(),
            Areas = areas, Audiences = audiences, Effective = effective, Expires = expires,
            ReferencesId = r.References, Submit = r.Submit ?? true,
        };
    }

    private static HazardFamily? Hazard(string? text, FieldErrors errors)
    {
        HazardFamily? family = text?.Trim() switch
        {
            "weather" or "气象" => HazardFamily.Weather,
            "geological" or "地质" => HazardFamily.Geological,
            "flood" or "水旱" => HazardFamily.Flood,
            "other" or "其他" => HazardFamily.Other,
            _ => null,
        };
        if (family is null) errors.Add("hazard", "灾种须为 weather、geological、flood 或 other", "hazard must be weather, geological, flood or other");
        return family;
    }

    private static WarningLevel? Level(string? text, FieldErrors errors)
    {
        if (WarningLevels.TryParse(text, out var level)) return level;
        errors.Add("level", "级别须为 red、orange、yellow 或 blue", "level must be red, orange, yellow or blue");
        return null;
    }

    private static void Text(string field, string? text, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) errors.Add(field, "不能为空", "is required");
        else if (text.Length > max) errors.Add(field, $"不能超过{max}字", $"must be at most {max} characters");
    }

    private static IReadOnlyList<string> Areas(string[]? areas, FieldErrors errors)
    {
        if (areas is null || areas.Length == 0)
        {
            errors.Add("areas", "至少指定一个区划代码", "at least one division code is required");
            return [];
        }
        var prefixes = new List<string>();
        foreach (var a in areas)
        {
            var prefix = DivisionCode.ToPrefix(a?.Trim());
            if (prefix is null) errors.Add("areas", $"“{a}”不是有效的区划代码", $"'{a}' is not a well-formed division code or prefix");
            else prefixes.Add(prefix);
        }
        return AreaSet.Disjoint(prefixes);
    }

    private static IReadOnlyList<string> AudienceList(string[]? audiences, FieldErrors errors)
    {
        if (audiences is null || audiences.Length == 0) return Audiences.All;
        foreach (var a in audiences.Where(a => !Audiences.All.Contains(a)))
            errors.Add("audiences", $"“{a}”不是有效对象（households、grid_workers、officials）", $"'{a}' is not households, grid_workers or officials");
        return Audiences.All.Where(audiences.Contains).ToArray();
    }

    /// <summary>
    /// Effective (default now) within <see cref="WarningTimes.MaxLead"/> of now; expires (default effective plus the
    /// configured validity) after both and within <see cref="WarningTimes.MaxValidity"/> of effective. The bounds
    /// also keep every sum below far from DateTimeOffset's limits, so no input can overflow into a 500.
    /// </summary>
    private static (DateTimeOffset, DateTimeOffset) Times(WarningRequest r, DateTimeOffset now, TimeSpan validity, FieldErrors errors)
    {
        var effective = now;
        if (r.Effective is not null && !WarningTimes.TryParse(r.Effective, out effective))
            errors.Add("effective", "时间格式须为 ISO 8601", "must be an ISO 8601 time");
        else if ((effective - now).Duration() > WarningTimes.MaxLead)
            errors.Add("effective", "生效时间须在当前时间前后一年内", "effective must be within a year of now");
        if (errors.Has("effective")) effective = now;
        var expires = effective + validity;
        if (r.Expires is not null && !WarningTimes.TryParse(r.Expires, out expires))
            errors.Add("expires", "时间格式须为 ISO 8601", "must be an ISO 8601 time");
        else if (expires <= effective)
            errors.Add("expires", "失效时间须晚于生效时间", "expires must be after effective");
        else if (expires <= now)
            errors.Add("expires", "失效时间已过", "expires is already past");
        else if (expires - effective > WarningTimes.MaxValidity)
            errors.Add("expires", $"有效期最长{WarningTimes.MaxValidity.TotalDays:0}天", $"a warning lasts at most {WarningTimes.MaxValidity.TotalDays:0} days");
        return (effective, expires);
    }

    private static string Key(HazardFamily family) => family.ToString().ToLowerInvariant();
}
