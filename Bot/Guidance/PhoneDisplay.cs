namespace Alerts.Bot.Guidance;

/// <summary>
/// A phone number as people read and dial it: domestic form, in full (13812345678). Villagers see their grid worker's
/// number whole because staff are verified before they act (issue 11), and grid workers see the households they visit.
/// </summary>
internal static class PhoneDisplay
{
    public static string Domestic(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "";
        }

        var compact = string.Concat(phone.Where(c => c is not (' ' or '-' or '(' or ')')));
        // Villagers dial domestic numbers; "+86" in an SMS only confuses.
        return compact.StartsWith("+86", StringComparison.Ordinal) ? compact[3..]
            : compact.StartsWith("0086", StringComparison.Ordinal) ? compact[4..]
            : compact;
    }
}
