namespace Alerts.Store.Audit;

public sealed record AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset AtUtc { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }
    public string? Detail { get; init; }
}
