namespace Alerts.Bot.Enrolment;

/// <summary>The priority groups a person tells us about: warnings reach them first, guidance takes them into account.</summary>
internal sealed record PriorityFlags(bool IsElderly, bool IsDisabled, bool LivesAlone);
