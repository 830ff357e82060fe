namespace Alerts.Store.Outbound;

/// <summary>One line of the outbox page: an outbound message and, when the address is someone we know, their name.</summary>
public sealed record OutboxEntry
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string Address { get; init; }
    public required string Text { get; init; }
    public required string Purpose { get; init; }
    public required string State { get; init; }
    public string? PersonName { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
}
