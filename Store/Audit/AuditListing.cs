namespace Alerts.Store.Audit;

/// <summary>An audit entry with the names of its actor and subject when they are an account, a person or a place.</summary>
public sealed record AuditListing
{
    public long Id { get; init; }
    public DateTimeOffset AtUtc { get; init; }
    public string Actor { get; init; } = "";
    public string? ActorName { get; init; }
    public string Action { get; init; } = "";
    public string Subject { get; init; } = "";
    public string? SubjectName { get; init; }
    public string? Detail { get; init; }
}
