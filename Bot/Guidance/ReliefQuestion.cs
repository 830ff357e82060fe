namespace Alerts.Bot.Guidance;

/// <summary>A validated relief question: its id, the words that show it, and its answer (none when forwarded).</summary>
internal sealed record ReliefQuestion(string Id, IReadOnlyList<string> Words, IReadOnlyList<string> Lines, bool Forward)
{
    /// <summary>The question about one's own report's progress: answered from the report itself.</summary>
    public const string StatusId = "status";

    public bool IsAskedIn(string text) => Words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
