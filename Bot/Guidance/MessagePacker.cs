namespace Alerts.Bot.Guidance;

/// <summary>
/// Packs blocks of text into as few messages as fit two SMS segments each, greedily and in order. A block is one
/// line, or a section heading with its first line, so a heading never ends a message on its own. Blocks are never
/// split: half a sentence on a feature phone is worse than one more message. A block too long for any message goes
/// out alone.
/// </summary>
internal static class MessagePacker
{
    public static IReadOnlyList<string> Pack(IEnumerable<string> blocks)
    {
        var messages = new List<string>();
        string? current = null;
        foreach (var block in blocks)
        {
            var joined = current is null ? block : current + "\n" + block;
            if (current is not null && !SmsBudget.FitsTwoSegments(joined))
            {
                messages.Add(current);
                joined = block;
            }

            current = joined;
        }

        if (current is not null)
        {
            messages.Add(current);
        }

        return messages;
    }
}
