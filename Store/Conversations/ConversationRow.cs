namespace Alerts.Store.Conversations;

public sealed record ConversationRow
{
    public required string Channel { get; init; }
    public required string Address { get; init; }
    public long? PersonId { get; init; }
    public required string Stack { get; init; }
    public string? Suspended { get; init; }
    public long Version { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
}
