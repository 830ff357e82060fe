namespace Alerts.Bot.Language;

/// <summary>A stretch of a message between pauses, with the topics it names (or inherits from the one before).</summary>
/// <param name="Noun">The last person or animal it names, or the one before named when it names none.</param>
internal readonly record struct ReportClause(string Text, ReportTopic Topics, string? Noun = null)
{
    public bool Has(ReportTopic topic) => (Topics & topic) != 0;
}
