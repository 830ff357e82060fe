namespace Alerts.Host.Incidents;

/// <summary>
/// A 临灾预报 for one hazard point: when the danger is expected (effective … expires, as warnings take them; effective
/// defaults to now), what is expected to happen and to whom (description), optionally what to do (instruction; by
/// default: go to the point's shelter) and the level (default red).
/// </summary>
public sealed record PointForecastRequest
{
    public string? Effective { get; init; }
    public string? Expires { get; init; }
    public string? Description { get; init; }
    public string? Instruction { get; init; }
    public string? Level { get; init; }
}
