namespace Alerts.Bot.Guidance;

/// <summary>
/// The answer to a filed report on SMS, where every segment is paid and a feature phone shows a few lines at a time:
/// at most three segments, the most urgent lines first (safety, then who will visit and their number, then relief,
/// then the rest), and <see cref="More"/> when lines are left out. <see cref="MoreWord"/> sends those.
/// </summary>
internal static class SmsGuidance
{
    public const int Segments = 3;
    public const string MoreWord = "指引";
    public const string More = "回复“指引”看更多。";

    /// <summary>The one text to send, and the lines it left out (in urgency order).</summary>
    public static (string Text, IReadOnlyList<string> Left) Short(string header, IReadOnlyList<GuidanceLine> lines)
    {
        var ordered = lines.OrderBy(Urgency).Select(l => l.Text).ToList();
        var text = header;
        var taken = 0;
        for (; taken < ordered.Count; taken++)
        {
            var candidate = text + "\n" + ordered[taken];
            var last = taken == ordered.Count - 1;
            if (!SmsBudget.Fits(last ? candidate : candidate + "\n" + More, Segments)) break;
            text = candidate;
        }

        var left = ordered.Skip(taken).ToList();
        return (left.Count == 0 ? text : text + "\n" + More, left);
    }

    // Who will come and how to reach them matters more than what can be applied for later.
    private static int Urgency(GuidanceLine line) => line.Section switch
    {
        GuidanceSection.Safety => 0,
        GuidanceSection.Next when line.RuleId.StartsWith("next-worker", StringComparison.Ordinal)
                                  || line.RuleId.StartsWith("next-no-worker", StringComparison.Ordinal) => 1,
        GuidanceSection.Relief => 2,
        _ => 3,
    };
}
