using Alerts.Channels.Messages;

namespace Alerts.Bot.Guidance;

/// <summary>
/// The grid worker's phone as villagers see it in guidance: domestic form, masked like 138****5678. Masked because
/// guidance is often forwarded and neighbours report for each other; the last four digits are enough to recognise
/// the worker's call. Masking itself is the shared <see cref="AddressMask"/>, so logs and messages agree.
/// </summary>
internal static class PhoneDisplay
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "";
        }

        var compact = string.Concat(phone.Where(c => c is not (' ' or '-' or '(' or ')')));
        // Villagers dial domestic numbers; "+86" in an SMS only confuses.
        compact = compact.StartsWith("+86", StringComparison.Ordinal) ? compact[3..]
            : compact.StartsWith("0086", StringComparison.Ordinal) ? compact[4..]
            : compact;
        return AddressMask.Mask(compact);
    }
}
