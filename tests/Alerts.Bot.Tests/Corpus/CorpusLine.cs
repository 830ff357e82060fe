namespace Alerts.Bot.Tests.Corpus;

/// <summary>One line of <c>villagers.zh-CN.txt</c>: where the text was said, the text, its tags and the facts it
/// must yield (the file's header explains the vocabulary).</summary>
public sealed record CorpusLine(string Id, string Context, string Text, IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Expected)
{
    public const string FileName = "villagers.zh-CN.txt";

    public static IReadOnlyList<CorpusLine> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", FileName);
        return File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(Parse)
            .ToList();
    }

    public static CorpusLine Parse(string line)
    {
        var f = line.Split(" | ");
        if (f.Length != 5) throw new FormatException($"Five fields expected: {line}");
        return new CorpusLine(f[0], f[1], f[2], f[3].Split(';', StringSplitOptions.TrimEntries), ParseFacts(f[4]));
    }

    public static IReadOnlyDictionary<string, string> ParseFacts(string facts) => facts.Trim() == "-"
        ? new SortedDictionary<string, string>()
        : new SortedDictionary<string, string>(facts
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(kv => kv.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(kv => kv[0], kv => kv[1]), StringComparer.Ordinal);

    public static string Describe(IReadOnlyDictionary<string, string> facts) =>
        facts.Count == 0 ? "-" : string.Join("; ", facts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
}
