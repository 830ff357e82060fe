namespace Alerts.Bot.Guidance;

/// <summary>One line of guidance as sent, with the rule that produced it (for tests and for support questions).</summary>
internal sealed record GuidanceLine(GuidanceSection Section, string Text, string RuleId);
