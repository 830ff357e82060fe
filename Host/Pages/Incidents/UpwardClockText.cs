using System.Globalization;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// The countdown's words, computed on the server from the domain's due time; /assets/countdown.js keeps the running
/// one current with the same words, and without script the server's stand.
/// </summary>
internal static class UpwardClockText
{
    /// <summary>While unsent: minutes left (a started minute counts), or overdue by (at least one); countdown.js says the same.</summary>
    public static string Left(int minutesLeft) =>
        minutesLeft > 0 ? $"还剩 {minutesLeft} 分钟" : $"已超时 {Math.Max(1, -minutesLeft)} 分钟";

    /// <summary>The ISO time the script counts down to (UTC, round-trip format).</summary>
    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
