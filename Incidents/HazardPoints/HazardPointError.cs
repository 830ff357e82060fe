namespace Alerts.Incidents.HazardPoints;

/// <summary>What is wrong with a hazard point file: the row as a spreadsheet numbers it (header = 1; 0 = the file), the column, why.</summary>
public sealed record HazardPointError(int Row, string? Column, string Message)
{
    public override string ToString() =>
        Row == 0 ? Message : Column is null ? $"第 {Row} 行：{Message}" : $"第 {Row} 行「{Column}」：{Message}";
}
