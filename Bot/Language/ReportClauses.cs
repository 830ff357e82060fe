namespace Alerts.Bot.Language;

/// <summary>Splits a normalized message at pauses and turning words, and gives each clause its topics.</summary>
internal static class ReportClauses
{
    private const string Breaks = ",.!?;:、 。，！？；：";
    private const ReportTopic Beings = ReportTopic.People | ReportTopic.Livestock;
    private static readonly string[] TurningWords = ["但是", "可是", "不过", "还有", "然后", "而且", "另外", "并且"];

    /// <param name="normalized">The text.</param>
    /// <param name="asked">What the question was about, for an answer that names nothing ("垮了" to the house question).</param>
    public static List<ReportClause> Split(string normalized, ReportTopic asked = ReportTopic.None)
    {
        var masked = Phrases.Mask(normalized, ReportNouns.Masked);
        var clauses = new List<ReportClause>();
        var previous = asked;
        string? noun = null;
        foreach (var text in Pieces(masked))
        {
            var topics = TopicsOf(text);
            // A clause that names nothing ("但是裂了") goes on about what the one before named.
            topics = topics == ReportTopic.None ? previous : topics;
            noun = NounsIn(text).LastOrDefault(n => (n.Topic & Beings) != 0).Word ?? (topics == previous ? noun : null);
            clauses.Add(new ReportClause(text, topics, noun));
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

    /// <summary>
    /// Whom the word at [start, end) is about: the nearest person or animal named before it in the clause, else one
    /// named just after it ("死了两头猪", "死了一个人"), else the one the clause is about. Returns the noun when one
    /// was named.
    /// </summary>
    public static (ReportTopic Subject, string? Noun) SubjectOf(ReportClause clause, int start, int end)
    {
        var nouns = NounsIn(clause.Text).Where(n => (n.Topic & Beings) != 0).ToList();
        var before = nouns.LastOrDefault(n => n.Index + n.Word.Length <= start);
        if (before.Word is not null) return (before.Topic, before.Word);
        var after = nouns.FirstOrDefault(n => n.Index >= end && n.Index - end <= 4);
        if (AnimalCountAfter(clause.Text, end)) return (ReportTopic.Livestock, null);
        if (after.Word is not null) return (after.Topic, after.Word);
        var topics = clause.Topics & Beings;
        return topics is ReportTopic.People or ReportTopic.Livestock ? (topics, clause.Noun) : (ReportTopic.None, null);
    }

    // "死了两头", "冲走了二十几只": a number and an animal's measure word right after the word.
    private static bool AnimalCountAfter(string clause, int end)
    {
        var rest = clause[end..].TrimStart('了');
        var numerals = rest.TakeWhile(c => NumeralTables.IsNumeral(c) || ReportNouns.Approximately.Contains(c)).Count();
        return numerals > 0 && numerals < rest.Length && ReportNouns.AnimalMeasures.Contains(rest[numerals]);
    }

    private static IEnumerable<(int Index, string Word, ReportTopic Topic)> NounsIn(string clause)
    {
        var i = 0;
        while (i < clause.Length)
        {
            var (word, topic) = ReportNouns.Topics.FirstOrDefault(t => clause.AsSpan(i).StartsWith(t.Word));
            if (word is null)
            {
                i++;
                continue;
            }

            yield return (i, word, topic);
            i += word.Length;
        }
    }

    private static int FirstTurn(string s) =>
        TurningWords.Select(w => s.IndexOf(w, 1, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();

    private static ReportTopic TopicsOf(string clause) =>
        NounsIn(clause).Aggregate(ReportTopic.None, (topics, n) => topics | n.Topic);
}
