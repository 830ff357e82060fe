using System.Text;

namespace Alerts.Bot.Language;

/// <summary>
/// Cleans what a phone or WeChat voice recognition hands us before any recognizer looks at it. Conservative on
/// purpose: it only removes what never carries meaning (width, spacing, edge punctuation, hesitation fillers) and
/// keeps everything inside the message, because punctuation inside separates clauses that negation depends on.
/// </summary>
internal static class TextNormalizer
{
    // Voice recognition ends almost every utterance with one of these; people on feature phones add "..." or "~".
    private const string EdgePunctuation = "。！？，、…,.!?;；:：~～·'\"“”‘’「」（）()【】[]-—_ ";

    // Fillers that only ever hesitate. Stripped at the edges and only when something else remains, so a bare
    // "嗯" (a yes) survives. Longest first so "哎呀" goes before "哎".
    private static readonly string[] LeadingFillers = ["哎呀", "那个", "嗯", "呃", "啊", "哦", "唉", "哎"];

    // "就是" at the start is a filler only before a pause; "就是这样" means "exactly", so it needs a separator.
    private static readonly string[] LeadingFillersBeforePause = ["就是说", "就是", "然后", "喂"];

    // Sentence-final particles carry mood, not content. "吗" stays: it turns "是" into a question.
    private const string TrailingParticles = "啊呀吧哈嘛呢哦喔嗯呃啦咯噢哟嘞噻撒";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var flat = Flatten(text);
        var stripped = StripEdges(flat);
        // A message of nothing but fillers or punctuation ("嗯", "？") is itself the answer: keep it.
        return stripped.Length > 0 ? stripped : flat;
    }

    /// <summary>Full-width ASCII to half-width, every kind of space to one space, Latin lower-cased.</summary>
    private static string Flatten(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                '\u3000' => ' ',
                _ => raw,
            };
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue; // zero-width characters from copy and paste
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c is >= 'A' and <= 'Z' ? char.ToLowerInvariant(c) : c);
        }

        return sb.ToString();
    }

    private static string StripEdges(string text)
    {
        var s = text;
        string previous;
        do
        {
            previous = s;
            s = s.Trim(EdgePunctuation.ToCharArray());
            s = StripLeadingFiller(s);
            s = s.TrimEnd(TrailingParticles.ToCharArray());
        }
        while (s != previous);

        return s;
    }

    private static string StripLeadingFiller(string s)
    {
        foreach (var filler in LeadingFillers)
        {
            if (s.StartsWith(filler, StringComparison.Ordinal))
            {
                return s[filler.Length..];
            }
        }

        foreach (var filler in LeadingFillersBeforePause)
        {
            if (s.Length > filler.Length && s.StartsWith(filler, StringComparison.Ordinal) &&
                EdgePunctuation.Contains(s[filler.Length]))
            {
                return s[filler.Length..];
            }
        }

        return s;
    }
}
