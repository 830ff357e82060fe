namespace Alerts.Bot.Guidance;

/// <summary>A validated rule, ready to match.</summary>
internal sealed record GuidanceRule(string Id, GuidanceSection Section, RuleCondition When, IReadOnlyList<string> Lines);
