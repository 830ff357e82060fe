namespace Alerts.Monitoring.Screening;

/// <summary>
/// What an import of a department's list did: its rows, the clues new to us and those already imported (the same
/// office, village, head, reason and date), how many matched a register household, and the cases they opened or
/// joined. With errors, nothing was imported.
/// </summary>
public sealed record ScreeningResult
{
    public int Rows { get; init; }
    public int Imported { get; init; }
    public int Duplicates { get; init; }
    public int Matched { get; init; }
    public int Opened { get; init; }
    public int Joined { get; init; }
    public IReadOnlyList<ScreeningError> Errors { get; init; } = [];
}
