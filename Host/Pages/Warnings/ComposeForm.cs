using System.Globalization;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Host.Pages.Warnings;

/// <summary>
/// The compose form's inputs exactly as posted (text, so a refused form shows back what was typed), and the
/// <see cref="WarningRequest"/> they make. Times are datetime-local values in Beijing time, as the API reads a time
/// without an offset.
/// </summary>
internal sealed class ComposeForm
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm";

    public string Hazard { get; set; } = "weather";
    public string? Event { get; set; }
    /// <summary>The event's name when the hazard is "other" (the catalogue lists none for it).</summary>
    public string? EventOther { get; set; }
    public string Level { get; set; } = "blue";
    public string Kind { get; set; } = WarningKinds.Warning;
    public string? Headline { get; set; }
    public string? Description { get; set; }
    public string? Instruction { get; set; }
    /// <summary>The 防御指南 text the page filled in (a hidden field): an instruction still equal to it was not written
    /// by hand, so it follows the event, level and kind, with or without script.</summary>
    public string? Guide { get; set; }
    public string? Effective { get; set; }
    public string? Expires { get; set; }
    public string[] Areas { get; set; } = [];
    public string[] Audiences { get; set; } = [.. Broadcast.Warnings.Audiences.All];
    public long? References { get; set; }

    /// <summary>The hazard as the catalogue knows it; weather when the posted text is none.</summary>
    public HazardFamily Family => Enum.TryParse<HazardFamily>(Hazard, ignoreCase: true, out var f) ? f : HazardFamily.Weather;

    /// <summary>The selected areas as division-code prefixes (a town's code stands for the whole town).</summary>
    public IReadOnlyList<string> SelectedPrefixes =>
        Areas.Select(DivisionCode.ToPrefix).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    public bool IsSelected(string code) => SelectedPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Effective now and expires after the configured validity, unless given.</summary>
    public void DefaultTimes(DateTimeOffset now, TimeSpan validity)
    {
        Effective ??= Local(now);
        Expires ??= Local(now + validity);
    }

    /// <summary>The 防御指南 for the chosen event, level and kind, when the official has written none.</summary>
    public void DefaultInstruction()
    {
        if (!string.IsNullOrWhiteSpace(Instruction) || string.IsNullOrWhiteSpace(EventName)) return;
        if (WarningLevels.TryParse(Level, out var level)) Instruction = Guide = DefenceGuides.For(EventName, level, Kind);
    }

    /// <summary>An update or all-clear of <paramref name="old"/>, with the defaults the lifecycle gives it.</summary>
    public static ComposeForm Changing(Warning old, string kind)
    {
        var allClear = kind == WarningKinds.AllClear;
        var keep = new WarningRequest
        {
            Kind = kind, References = old.Id,
            Headline = allClear ? null : old.Headline,
            Description = allClear ? null : old.Description,
            Instruction = allClear ? null : old.Instruction,
        };
        var r = WarningLifecycle.WithReferenceDefaults(keep, old);
        var form = new ComposeForm
        {
            Hazard = r.Hazard!, Event = r.Event, Level = r.Level!, Kind = r.Kind!, Headline = r.Headline,
            Description = r.Description, Instruction = r.Instruction, Areas = r.Areas!,
            Audiences = r.Audiences!.Distinct().ToArray(), References = old.Id,
            EventOther = old.Family == HazardFamily.Other ? r.Event : null,
        };
        form.DefaultInstruction();
        return form;
    }

    public WarningRequest ToRequest(bool submit) => new()
    {
        Hazard = Hazard, Event = EventName, Level = Level, Kind = Kind, Headline = Headline, Description = Description,
        Instruction = IsGuide ? null : Instruction, Effective = Blank(Effective), Expires = Blank(Expires), Areas = Areas,
        Audiences = Audiences, References = References, Submit = submit,
    };

    /// <summary>True when the instruction is the guide the page filled in, untouched (or empty).</summary>
    public bool IsGuide => string.IsNullOrWhiteSpace(Instruction) || Instruction.Trim() == Guide?.Trim();

    /// <summary>The event named in the text box for other hazards, else the one chosen from the list.</summary>
    public string? EventName => Family == HazardFamily.Other && !string.IsNullOrWhiteSpace(EventOther) ? EventOther.Trim() : Event;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Local(DateTimeOffset time) => BeijingTime.Of(time).ToString(TimeFormat, CultureInfo.InvariantCulture);
}
