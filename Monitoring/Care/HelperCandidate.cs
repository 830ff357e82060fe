namespace Alerts.Monitoring.Care;

/// <summary>A grid worker or official who may be named a household's helper: one serving its village or a place above.</summary>
public sealed record HelperCandidate
{
    public long Id { get; init; }
    public required string Name { get; init; }

    /// <summary>grid_worker or official.</summary>
    public required string Role { get; init; }
    public required string RegionName { get; init; }
}
