using System.Globalization;
using System.Text.RegularExpressions;
using Alerts.Incidents.Core;

namespace Alerts.Bot.Staff;

/// <summary>
/// A grid worker's sheltered count: "安置 村小学 35", "安置 SJ12 村小学 35人", or "村小学安置了35人" (digits, as workers
/// type them on a phone). The incident is named only when the town has several open ones.
/// </summary>
internal sealed partial record ShelterCountCommand(long? IncidentId, string ShelterName, int Sheltered)
{
    public const string Word = "安置";

    public static ShelterCountCommand? Parse(string text)
    {
        var t = text.Trim();
        var m = Leading().Match(t);
        if (!m.Success) m = Trailing().Match(t);
        if (!m.Success || !int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        var incident = m.Groups["inc"].Success ? IncidentNumber.Parse(m.Groups["inc"].Value) : null;
        return new ShelterCountCommand(incident, m.Groups["name"].Value.Trim(), n);
    }

    [GeneratedRegex(@"^安置\s*(?:(?<inc>[Ss][Jj]\d{1,9})\s+)?(?<name>\S{1,30}?)\s*(?<n>\d{1,6})\s*人?$")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?:(?<inc>[Ss][Jj]\d{1,9})\s*)?(?<name>\S{1,30}?)\s*安置了?\s*(?<n>\d{1,6})\s*人$")]
    private static partial Regex Trailing();
}
