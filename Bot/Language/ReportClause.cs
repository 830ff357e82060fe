namespace Alerts.Bot.Language;

/// <summary>A stretch of a message between pauses, with the topics it names (or inherits from the one before).</summary>
internal readonly record struct ReportClause(string Text, ReportTopic Topics)
{
    public bool Has(ReportTopic topic) => (Topics & topic) != 0;
}
