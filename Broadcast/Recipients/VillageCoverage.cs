namespace Alerts.Broadcast.Recipients;

/// <summary>Per-village coverage of one warning: targeted, sent, delivered, acknowledged.</summary>
public sealed record VillageCoverage
{
    public required string VillageCode { get; init; }
    public string? VillageName { get; init; }
    public long Targeted { get; init; }
    public long Sent { get; init; }
    public long Delivered { get; init; }
    public long Acknowledged { get; init; }
}
