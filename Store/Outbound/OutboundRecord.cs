namespace Alerts.Store.Outbound;

/// <summary>A message that left, or would have left through the simulator.</summary>
public sealed record OutboundRecord
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string Address { get; init; }
    public required string Text { get; init; }
    public required string IdempotencyKey { get; init; }
    public required string Purpose { get; init; }
    public required string State { get; init; }
    public string? ProviderMessageId { get; init; }
    public string? ProviderStatus { get; init; }
    public string? ErrorCode { get; init; }
    public int? Segments { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
}
