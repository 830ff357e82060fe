namespace Alerts.Store.Audit;

/// <summary>An audit entry with the name of its actor when the actor is an account or a person.</summary>
public sealed record AuditListing
{
    public long Id { get; init; }
    public DateTimeOffset AtUtc { get; init; }
    public string Actor { get; init; } = "";
    public string? ActorName { get; init; }
    public string Action { get; init; } = "";
    public string Subject { get; init; } = "";
    public string? Detail { get; init; }
}
