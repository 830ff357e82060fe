namespace Alerts.Monitoring.CheckIns;

/// <summary>A monitored household a helper visits, with when the next visit is due.</summary>
public sealed record HelperCase
{
    public long Id { get; init; }
    public string? HeadName { get; init; }
    public required string VillageName { get; init; }
    public DateTimeOffset? NextCheckinDueUtc { get; init; }
    public DateTimeOffset? LastVisitUtc { get; init; }
}
