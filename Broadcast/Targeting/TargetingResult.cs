namespace Alerts.Broadcast.Targeting;

/// <summary>What one targeting run wrote: outbox rows added (0 when it was already done) and transactions used.</summary>
public sealed record TargetingResult(long WarningId, long Rows, int Batches, TimeSpan Elapsed);
