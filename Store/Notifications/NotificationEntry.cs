namespace Alerts.Store.Notifications;

/// <summary>A message to someone, as a timeline shows it: to whom, why, and whether (and when) it left.</summary>
public sealed record NotificationEntry
{
    public long Id { get; init; }
    public required string PersonName { get; init; }
    public required string Text { get; init; }
    public required string Reason { get; init; }
    /// <summary>pending, sending, sent or failed.</summary>
    public required string State { get; init; }
    public string? Channel { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    /// <summary>When it was sent or given up (the worker stamps next_attempt_utc as it finishes); null while pending.</summary>
    public DateTimeOffset? FinishedUtc { get; init; }
}
