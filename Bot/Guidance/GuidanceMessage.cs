namespace Alerts.Bot.Guidance;

/// <summary>
/// Composed guidance: the lines in section order, and the same lines packed into message texts that each fit two
/// SMS segments where possible. Channels send <see cref="Texts"/> one by one, in order.
/// </summary>
internal sealed record GuidanceMessage(IReadOnlyList<GuidanceLine> Lines, IReadOnlyList<string> Texts);
