namespace Alerts.Broadcast.Recipients;

/// <summary>A warning as one person received it: their outbox row and what it said.</summary>
public sealed record ReceivedWarning
{
    public long DeliveryId { get; init; }
    public long WarningId { get; init; }
    public required string Headline { get; init; }
    public required string Level { get; init; }
    public required string Kind { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset SentUtc { get; init; }
    public DateTimeOffset? AcknowledgedUtc { get; init; }
}
