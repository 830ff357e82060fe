using System.Globalization;
using Alerts.Store.Database;

namespace Alerts.Broadcast.Warnings;

/// <summary>ISO 8601 times as officials write them. A time without an offset is Beijing time (+08:00).</summary>
public static class WarningTimes
{

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local)) return false;
        if (local.Kind == DateTimeKind.Unspecified)
        {
            value = new DateTimeOffset(local, BeijingTime.Offset);
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>The form the API and CAP write: Beijing time with its offset, e.g. 2026-06-01T08:00:00+08:00.</summary>
    public static string Format(DateTimeOffset value) =>
        BeijingTime.Of(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
