namespace Alerts.Bot.Guidance;

/// <summary>The grid worker (网格员) responsible for the reporting household's village.</summary>
/// <param name="Name">As villagers know them, e.g. "王芳".</param>
/// <param name="Phone">Full number, shown whole (domestic form) to villagers.</param>
internal sealed record GridWorkerContact(string Name, string? Phone);
