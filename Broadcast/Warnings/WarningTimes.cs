using System.Globalization;
using Alerts.Store.Database;

namespace Alerts.Broadcast.Warnings;

/// <summary>ISO 8601 times as officials write them. A time without an offset is Beijing time (+08:00).</summary>
public static class WarningTimes
{
    /// <summary>
    /// How far from now a warning may take effect, either way. A warning is about what is coming or happening; a year
    /// is room for any real one and catches a mistyped year (2062 for 2026) before it reaches anybody.
    /// </summary>
    public static readonly TimeSpan MaxLead = TimeSpan.FromDays(365);

    /// <summary>
    /// The longest a warning lasts: the same ceiling as <c>Broadcast:DefaultValidity</c>. A longer hazard gets a new
    /// warning, or an update, that people read afresh.
    /// </summary>
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(30);

    /// <summary>
    /// False for text that is no time, and for a time whose UTC or Beijing form does not exist (the first hours of
    /// year 1, the last of year 9999): DateTimeOffset would throw on them, and every answer writes Beijing time.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local)) return false;
        DateTimeOffset parsed;
        if (local.Kind != DateTimeKind.Unspecified)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)) return false;
        }
        else if (local < DateTime.MinValue + BeijingTime.Offset) return false;
        else parsed = new DateTimeOffset(local, BeijingTime.Offset);
        if (parsed.UtcDateTime > DateTime.MaxValue - BeijingTime.Offset) return false;
        value = parsed;
        return true;
    }

    /// <summary>The form the API and CAP write: Beijing time with its offset, e.g. 2026-06-01T08:00:00+08:00.</summary>
    public static string Format(DateTimeOffset value) =>
        BeijingTime.Of(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
