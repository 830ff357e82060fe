using System.Globalization;
using System.Text.RegularExpressions;
using Alerts.Incidents.Core;

namespace Alerts.Bot.Staff;

/// <summary>
/// What the county's duty official types about the report up (art. 35): "已报市 SJ12 电话" (sent, and how) or
/// "市已确认 SJ12 张科长" (the municipality acknowledged, and who). <see cref="Rest"/> is the how or the who, maybe empty.
/// </summary>
internal sealed partial record UpwardCommand(bool Acknowledged, long IncidentId, string Rest)
{
    public const string SentWord = "已报市";
    public const string AcknowledgedWord = "市已确认";

    public static UpwardCommand? Parse(string text)
    {
        var m = Pattern().Match(text.Trim());
        // "SJ 12" is typed too: the number is read without its spaces.
        var number = m.Success ? string.Concat(m.Groups["id"].Value.Where(ch => !char.IsWhiteSpace(ch))) : null;
        if (IncidentNumber.Parse(number) is not { } id) return null;
        return new UpwardCommand(m.Groups["word"].Value == AcknowledgedWord, id,
            m.Groups["rest"].Value.Trim().TrimStart(',', '，', ':', '：').Trim());
    }

    public string Number => IncidentNumber.Of(IncidentId);

    [GeneratedRegex(@"^(?<word>已报市|市已确认)\s*[:：]?\s*(?<id>(?:[Ss][Jj])?\s*\d{1,9})(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
