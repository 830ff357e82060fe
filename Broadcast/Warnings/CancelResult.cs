namespace Alerts.Broadcast.Warnings;

/// <summary>The cancelled warning and, when it had been published, the all-clear that tells its people.</summary>
public sealed record CancelResult(Warning Cancelled, Warning? AllClear);
