namespace Alerts.Store.Regions;

// Property records rather than positional ones: Dapper matches constructors by exact column type, and SQLite
// hands back every integer as Int64.
public sealed record Region
{
    public required string Code { get; init; }
    public required int Level { get; init; }
    public string? ParentCode { get; init; }
    public required string Name { get; init; }
}
