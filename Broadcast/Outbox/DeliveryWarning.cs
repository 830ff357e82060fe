namespace Alerts.Broadcast.Outbox;

/// <summary>What dispatch needs of a warning: its text and whether it may still go out.</summary>
internal sealed record DeliveryWarning
{
    public long Id { get; init; }
    public required string Hazard { get; init; }
    public required string Event { get; init; }
    public required string Level { get; init; }
    public required string Kind { get; init; }
    public required string Headline { get; init; }
    public required string Instruction { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset EffectiveUtc { get; init; }
    public DateTimeOffset ExpiresUtc { get; init; }

    /// <summary>Published (or since updated: the update is a warning of its own) and not yet expired.</summary>
    public bool IsLive(DateTimeOffset now) => Status is "published" or "updated" && ExpiresUtc > now;
}
