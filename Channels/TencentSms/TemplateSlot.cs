using System.Globalization;

namespace Alerts.Channels.TencentSms;

/// <summary>One template variable: the named values it may take (first non-empty wins) and its length limit.</summary>
internal sealed record TemplateSlot(IReadOnlyList<string> Sources, int MaxLength)
{
    /// <summary>Accounts opened after 2024-01-25 allow 6 characters per variable unless the console says more
    /// (tencent-sms.md §6).</summary>
    public const int DefaultMaxLength = 6;

    /// <summary>The message's own words, cut across the template's text variables.</summary>
    public const string Text = "text";

    public static readonly IReadOnlySet<string> KnownSources = new HashSet<string>(StringComparer.Ordinal)
    {
        Text, "title", "headline", "event", "level", "effective", "instruction", "shelter", "acknowledge", "code", "minutes",
    };

    public bool IsText => Sources.Count == 1 && Sources[0] == Text;

    /// <summary>Reads "title|event:12"; null when it is not of that form.</summary>
    public static TemplateSlot? Parse(string spec)
    {
        var colon = spec.LastIndexOf(':');
        var max = DefaultMaxLength;
        if (colon >= 0 && !(int.TryParse(spec.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out max) && max is > 0 and <= 500))
            return null;
        var names = (colon >= 0 ? spec[..colon] : spec).Split('|', StringSplitOptions.TrimEntries);
        return names.Length == 0 || names.Any(n => !KnownSources.Contains(n)) || (names.Contains(Text) && names.Length > 1)
            ? null : new TemplateSlot(names, max);
    }
}
