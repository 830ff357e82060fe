using System.Globalization;
using System.Text.RegularExpressions;

namespace Alerts.Bot.Staff;

/// <summary>
/// What a helper types after a visit: "走访 12 房子在修，收入稳定" (case 12, what the visit found); "走访" alone asks for
/// the households they visit.
/// </summary>
internal sealed partial record CheckInCommand(long? CaseId, string Notes)
{
    public const string Word = "走访";

    public static CheckInCommand? Parse(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        long? id = m.Groups["id"].Success && long.TryParse(m.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : null;
        return new CheckInCommand(id, m.Groups["notes"].Value.Trim().TrimStart(',', '，', ':', '：', ' ').Trim());
    }

    [GeneratedRegex(@"^走访\s*(?:案例|[Mm])?\s*(?<id>\d{1,9})?(?<notes>.*)$", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
