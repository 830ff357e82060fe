namespace Alerts.Bot.Language;

/// <summary>
/// Recognizes the words that work anywhere (菜单, 取消, 重新开始, 人工, 预警, 进度, 待核实) and, in reply to a warning,
/// acknowledgements and calls for help. A call for help is recognized in any context, before anything else.
/// </summary>
internal static class GlobalCommands
{
    private const string ClauseBreaks = ",.!?;:、，。！？；： ";

    /// <param name="text">The message as received.</param>
    /// <param name="expectsNumber">The current prompt asks for a number, so "0" is an answer, not the menu.</param>
    /// <param name="replyingToWarning">The person is answering a warning ("回复1收到，2求助"): acknowledgements
    /// and the digits 1 and 2 count.</param>
    public static GlobalCommand Recognize(string? text, bool expectsNumber = false, bool replyingToWarning = false)
    {
        if (IsHelpRequest(text, numbered: replyingToWarning))
        {
            return GlobalCommand.HelpRequest;
        }

        var s = TextNormalizer.Normalize(text);
        if (s.Length > 0 && s.All(c => c == '?'))
        {
            return GlobalCommand.Menu;
        }

        var command = WholeCommand(s);
        if (command == GlobalCommand.Menu && expectsNumber && s == "0")
        {
            return GlobalCommand.None;
        }

        if (command != GlobalCommand.None)
        {
            return command;
        }

        return replyingToWarning && IsAcknowledgement(text, numbered: true) ? GlobalCommand.Acknowledge : GlobalCommand.None;
    }

    /// <summary>"收到", "知道了", "已转移", "收到，谢谢"; with <paramref name="numbered"/> also "1".</summary>
    public static bool IsAcknowledgement(string? text, bool numbered = false)
    {
        var s = TextNormalizer.Normalize(text);
        if (numbered && NumberRecognizer.RecognizeChoice(s, 2) == 1)
        {
            return true;
        }

        // "收到了谢谢": a thank-you run on without a pause is still only a thank-you.
        var clauses = Clauses(s).Select(WithoutTrailingCourtesy).ToList();
        return clauses.Count > 0 && clauses.Any(c => CommandWords.Acknowledgements.Contains(c)) &&
               clauses.All(c => CommandWords.Acknowledgements.Contains(c) || CommandWords.Courtesy.Contains(c));
    }

    /// <summary>"救命", "需要帮助", "我们被困在屋头了" anywhere in the message; with <paramref name="numbered"/> also "2".</summary>
    public static bool IsHelpRequest(string? text, bool numbered = false)
    {
        var s = TextNormalizer.Normalize(text);
        if (numbered && NumberRecognizer.RecognizeChoice(s, 2) == 2)
        {
            return true;
        }

        var compact = s.Replace(" ", "");
        if (CommandWords.HelpWhole.Contains(s) || CommandWords.HelpWhole.Contains(compact))
        {
            return true;
        }

        return Phrases.Find(compact, CommandWords.HelpAnywhere.Select(w => (w, true)).ToArray()).Any(m => !m.Negated);
    }

    /// <summary>Every clause names the same command, or is a courtesy: "算了，不报了" cancels, "谢谢，菜单" is the menu.</summary>
    private static GlobalCommand WholeCommand(string s)
    {
        var found = GlobalCommand.None;
        foreach (var clause in Clauses(s))
        {
            if (CommandWords.Courtesy.Contains(clause))
            {
                continue;
            }

            var command = CommandOf(clause);
            if (command == GlobalCommand.None || (found != GlobalCommand.None && found != command))
            {
                return GlobalCommand.None;
            }

            found = command;
        }

        return found;
    }

    private static GlobalCommand CommandOf(string clause)
    {
        // "算了算了", "取消取消": said twice for emphasis.
        var half = clause.Length / 2;
        if (clause.Length % 2 == 0 && half > 1 && clause[..half] == clause[half..])
        {
            clause = clause[..half];
        }

        foreach (var candidate in WithoutPrefixes(clause))
        {
            var (word, command) = CommandWords.Whole.FirstOrDefault(w => w.Item1 == candidate || w.Item1 + "一下" == candidate);
            if (word is not null)
            {
                return command;
            }
        }

        return GlobalCommand.None;
    }

    /// <summary>The clause, then with up to two polite or verb prefixes taken off: "帮我看看进度" → "看看进度" → "进度".</summary>
    private static IEnumerable<string> WithoutPrefixes(string clause)
    {
        yield return clause;
        for (var round = 0; round < 2; round++)
        {
            var prefix = CommandWords.Prefixes.FirstOrDefault(p => clause.Length > p.Length && clause.StartsWith(p, StringComparison.Ordinal));
            if (prefix is null)
            {
                yield break;
            }

            clause = clause[prefix.Length..];
            yield return clause;
        }
    }

    private static string WithoutTrailingCourtesy(string clause)
    {
        var courtesy = CommandWords.Courtesy.FirstOrDefault(c => clause.Length > c.Length && clause.EndsWith(c, StringComparison.Ordinal));
        return courtesy is null ? clause : clause[..^courtesy.Length];
    }

    private static List<string> Clauses(string s) =>
        [.. s.Split(ClauseBreaks.ToCharArray(), StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.TrimEnd("啊呀吧哈嘛呢哦嘞啦的".ToCharArray()))
            .Where(c => c.Length > 0)];
}
