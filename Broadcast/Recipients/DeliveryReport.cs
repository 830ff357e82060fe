namespace Alerts.Broadcast.Recipients;

/// <summary>A warning's outbox at a glance: rows by state and by channel, and coverage per village.</summary>
public sealed record DeliveryReport(long Total, IReadOnlyDictionary<string, long> ByState, IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyList<VillageCoverage> Villages);
