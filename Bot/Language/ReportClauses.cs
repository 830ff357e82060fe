namespace Alerts.Bot.Language;

/// <summary>Splits a normalized message at pauses and turning words, and gives each clause its topics.</summary>
internal static class ReportClauses
{
    private const string Breaks = ",.!?;:、 。，！？；：";
    private static readonly string[] TurningWords = ["但是", "可是", "不过", "还有", "然后", "而且", "另外", "并且"];

    public static List<ReportClause> Split(string normalized)
    {
        var masked = Phrases.Mask(normalized, ReportNouns.Masked);
        var clauses = new List<ReportClause>();
        var previous = ReportTopic.None;
        foreach (var text in Pieces(masked))
        {
            var topics = TopicsOf(text);
            // A clause that names nothing ("但是裂了") goes on about what the one before named.
            topics = topics == ReportTopic.None ? previous : topics;
            clauses.Add(new ReportClause(text, topics));
            previous = topics;
        }

        return clauses;
    }

    private static IEnumerable<string> Pieces(string s)
    {
        foreach (var piece in s.Split(Breaks.ToCharArray(), StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = piece;
            var cut = FirstTurn(rest);
            while (cut > 0)
            {
                yield return rest[..cut];
                rest = rest[cut..];
                cut = FirstTurn(rest);
            }

            yield return rest;
        }
    }

    private static int FirstTurn(string s) =>
        TurningWords.Select(w => s.IndexOf(w, 1, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();

    private static ReportTopic TopicsOf(string clause)
    {
        var topics = ReportTopic.None;
        var i = 0;
        while (i < clause.Length)
        {
            var (word, topic) = ReportNouns.Topics.FirstOrDefault(t => clause.AsSpan(i).StartsWith(t.Word));
            if (word is null)
            {
                i++;
                continue;
            }

            topics |= topic;
            i += word.Length;
        }

        return topics;
    }
}
