namespace Alerts.Incidents.HazardPoints;

/// <summary>A household a point threatens: its register number, head, and how many registered people a warning reaches.</summary>
public sealed record ThreatenedHousehold
{
    public long Id { get; init; }
    public string? RegisterNo { get; init; }
    public string HeadName { get; init; } = "";
    public int People { get; init; }
}
